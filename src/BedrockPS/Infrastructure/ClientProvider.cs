using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using BedrockPS.Configuration;
using BedrockPS.Core;

namespace BedrockPS.Infrastructure
{
    /// <summary>
    /// Turns a cmdlet's connection parameters plus the session defaults into client options, and keeps one
    /// BedrockClient per distinct effective configuration, so a thousand separate cmdlet calls share one
    /// HttpClient and its pooled connections. What neither names (region, credentials, endpoint, retries) is
    /// left null for Core to resolve from the environment and the shared AWS config files.
    /// </summary>
    internal static class ClientProvider
    {
        private static readonly object Gate = new object();
        // A session rarely uses more than a handful of configurations; the bound keeps scripts that start many
        // emulators (tests) from growing the cache without end.
        private const int MaxCachedClients = 32;
        private static readonly Dictionary<string, IBedrockService> Clients = new Dictionary<string, IBedrockService>(StringComparer.Ordinal);
        private static readonly Queue<string> CreationOrder = new Queue<string>();
        private static readonly ConditionalWeakTable<object, string> ObjectIds = new ConditionalWeakTable<object, string>();
        private static readonly AsyncLocal<Action<string>?> LogSink = new AsyncLocal<Action<string>?>();

        /// <summary>
        /// Where the diagnostic lines of calls made in the current async flow go. Clients are shared, so their
        /// Log callback forwards to whichever cmdlet is calling.
        /// </summary>
        public static Action<string>? CurrentLog
        {
            get => LogSink.Value;
            set => LogSink.Value = value;
        }

        public static IBedrockService GetService(ConnectionParameters parameters)
        {
            BedrockClientOptions options = ResolveOptions(parameters, ConfigurationRegistry.Current, out string key);
            lock (Gate)
            {
                if (Clients.TryGetValue(key, out IBedrockService? existing)) return existing;
                options.Log = ForwardLog;
                IBedrockService created = new BedrockClient(options);
                if (Clients.Count >= MaxCachedClients)
                {
                    // Forgotten, not disposed: a call may still be using it, and it closes its connections when collected.
                    Clients.Remove(CreationOrder.Dequeue());
                }
                Clients[key] = created;
                CreationOrder.Enqueue(key);
                return created;
            }
        }

        /// <summary>
        /// Forgets the cached clients (tests). They are not disposed: a call still running holds its own
        /// reference, and disposing under it would break it.
        /// </summary>
        public static void Reset()
        {
            lock (Gate)
            {
                Clients.Clear();
                CreationOrder.Clear();
            }
        }

        internal static int CachedClientCount
        {
            get { lock (Gate) return Clients.Count; }
        }

        /// <summary>
        /// Per setting, the parameter wins over the session default. Identity (profile, credential, API key) is
        /// taken as a whole from one place, so -ProfileName on a call is not mixed with a session credential.
        /// </summary>
        internal static BedrockClientOptions ResolveOptions(ConnectionParameters parameters, SessionConfiguration session, out string cacheKey)
        {
            var options = new BedrockClientOptions
            {
                Region = parameters.Region ?? session.Region,
                EndpointUrl = parameters.EndpointUrl ?? session.EndpointUrl,
                MaxAttempts = session.MaxAttempts,
                RetryMode = session.RetryMode,
                Timeout = session.TimeoutSec.HasValue ? TimeSpan.FromSeconds(session.TimeoutSec.Value) : (TimeSpan?)null,
                // The same limit bounds the silence inside a stream, so a stalled stream never outwaits the user's timeout.
                StreamIdleTimeout = session.TimeoutSec.HasValue ? TimeSpan.FromSeconds(session.TimeoutSec.Value) : (TimeSpan?)null,
                // Every model call of every cmdlet is tallied here, so no cmdlet records usage itself.
                UsageObserver = Usage.UsageTallyObserver.Instance,
            };

            bool fromParameters = parameters.HasIdentity;
            string? profile = fromParameters ? parameters.ProfileName : session.ProfileName;
            CredentialInput? credential = fromParameters ? parameters.Credential : session.Credential;
            System.Security.SecureString? apiKey = fromParameters ? parameters.ApiKey : session.ApiKey;

            var key = new StringBuilder();
            key.Append("r=").Append(options.Region).Append("|e=").Append(options.EndpointUrl)
               .Append("|m=").Append(options.MaxAttempts?.ToString(CultureInfo.InvariantCulture))
               .Append("|rm=").Append(options.RetryMode)
               .Append("|t=").Append(session.TimeoutSec?.ToString(CultureInfo.InvariantCulture))
               .Append("|p=").Append(profile);

            options.ProfileName = profile;
            if (credential != null)
            {
                AwsCredentialBridge.Apply(options, credential);
                key.Append("|c=");
                if (credential.AwsCredentials != null)
                    key.Append("obj:").Append(IdentityOf(credential.AwsCredentials));
                else
                    key.Append(credential.AccessKeyId).Append(':').Append(SecureStrings.Fingerprint(SecureStrings.ToPlainText(credential.SecretAccessKey!)));
            }
            if (apiKey != null)
            {
                string plain = SecureStrings.ToPlainText(apiKey);
                options.ApiKey = plain;
                key.Append("|k=").Append(SecureStrings.Fingerprint(plain));
            }
            cacheKey = key.ToString();
            return options;
        }

        private static string IdentityOf(object value)
        {
            return ObjectIds.GetValue(value, _ => Guid.NewGuid().ToString("N"));
        }

        private static void ForwardLog(string line)
        {
            LogSink.Value?.Invoke(line);
        }
    }
}
