using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using BedrockPS.Core.Models;

namespace BedrockPS.Core.Requests
{
    /// <summary>
    /// Runs an InvokeModelWithResponseStream call and yields its chunks decoded, in order. The token counts Bedrock adds
    /// to the last chunk of every model family are kept in <see cref="InputTokens"/> and <see cref="OutputTokens"/>.
    /// </summary>
    public sealed class NativeStreamReader
    {
        private readonly IBedrockService service;

        /// <param name="service">The client the stream is read through.</param>
        public NativeStreamReader(IBedrockService service)
        {
            this.service = service ?? throw new ArgumentNullException(nameof(service));
        }

        /// <summary>Input tokens reported by the stream's invocation metrics (0 until seen).</summary>
        public int InputTokens { get; private set; }

        /// <summary>Output tokens reported by the stream's invocation metrics (0 until seen).</summary>
        public int OutputTokens { get; private set; }

        /// <summary>Sends the request and yields each chunk as it arrives; the token counts are set once the stream has reported them.</summary>
        /// <param name="request">A request built by <see cref="InvokeModelRequestBuilder"/>.</param>
        /// <param name="cancellationToken">Stops the stream and releases its connection.</param>
        public async IAsyncEnumerable<NativeStreamPart> ReadAsync(InvokeModelRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            if (request == null) throw new ArgumentNullException(nameof(request));
            int index = 0;
            await foreach (ResponseStreamChunk chunk in service.InvokeModelWithResponseStreamAsync(request, cancellationToken).WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                yield return Decode(index++, chunk.Bytes);
            }
        }

        private NativeStreamPart Decode(int index, byte[] bytes)
        {
            string raw = Encoding.UTF8.GetString(bytes);
            try
            {
                using (JsonDocument document = JsonDocument.Parse(raw))
                {
                    JsonElement root = document.RootElement;
                    ReadMetrics(root);
                    return new NativeStreamPart(index, raw, root.Clone(), NativeStreamText.Extract(root));
                }
            }
            catch (JsonException)
            {
                // Not JSON: the raw text is still given.
                return new NativeStreamPart(index, raw, null, null);
            }
        }

        private void ReadMetrics(JsonElement root)
        {
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("amazon-bedrock-invocationMetrics", out JsonElement metrics)) return;
            if (metrics.ValueKind != JsonValueKind.Object) return;
            if (metrics.TryGetProperty("inputTokenCount", out JsonElement input) && input.TryGetInt32(out int inputTokens)) InputTokens = inputTokens;
            if (metrics.TryGetProperty("outputTokenCount", out JsonElement output) && output.TryGetInt32(out int outputTokens)) OutputTokens = outputTokens;
        }
    }
}
