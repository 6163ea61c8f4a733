using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using BedrockPS.Emulator.Json;
using BedrockPS.Emulator.Operations;

namespace BedrockPS.Emulator.ControlPlane
{
    /// <summary>GET /inference-profiles with maxResults (1-1000) / nextToken pagination and the type filter.</summary>
    internal sealed class ListInferenceProfilesOperation : IOperation
    {
        private const int DefaultPageSize = 1000;

        public async Task HandleAsync(OperationContext context)
        {
            var request = context.Request;
            string? type = request.Query("type");
            if (type != null && type != "SYSTEM_DEFINED" && type != "APPLICATION")
            {
                throw ServiceError.Validation("1 validation error detected: Value '" + type + "' at 'typeEquals' failed to satisfy constraint: Member must satisfy enum value set: [SYSTEM_DEFINED, APPLICATION]");
            }
            int pageSize = DefaultPageSize;
            string? maxResults = request.Query("maxResults");
            if (maxResults != null && (!int.TryParse(maxResults, NumberStyles.Integer, CultureInfo.InvariantCulture, out pageSize) || pageSize < 1 || pageSize > 1000))
            {
                throw ServiceError.Validation("1 validation error detected: Value '" + maxResults + "' at 'maxResults' failed to satisfy constraint: Member must have value "
                    + (pageSize < 1 ? "greater than or equal to 1" : "less than or equal to 1000"));
            }
            int offset = 0;
            string? nextToken = request.Query("nextToken");
            if (!string.IsNullOrEmpty(nextToken))
            {
                offset = DecodeToken(nextToken!);
            }

            // System-defined profiles first, then the account's application profiles; the type filter keeps one kind.
            var all = new List<Func<JsonObject>>();
            if (type != "APPLICATION")
            {
                all.AddRange(context.Engine.Catalog.Profiles.Select(p => (Func<JsonObject>)(() => CatalogJson.Profile(p, context.Engine.Region, context.Engine.AccountId))));
            }
            if (type != "SYSTEM_DEFINED")
            {
                all.AddRange(context.Engine.ApplicationProfiles.Snapshot().Select(p => (Func<JsonObject>)(() => ApplicationProfileJson.Profile(p))));
            }
            var page = new JsonArray();
            foreach (var profile in all.Skip(offset).Take(pageSize))
            {
                page.Add(profile());
            }
            var response = new JsonObject { ["inferenceProfileSummaries"] = page };
            if (offset + pageSize < all.Count)
            {
                response["nextToken"] = EncodeToken(offset + pageSize);
            }
            await context.Exchange.SendAsync(200, context.BaseHeaders("application/json"), JsonBody.Bytes(response)).ConfigureAwait(false);
        }

        private static string EncodeToken(int offset) =>
            Convert.ToBase64String(Encoding.UTF8.GetBytes("offset:" + offset.ToString(CultureInfo.InvariantCulture)));

        private static int DecodeToken(string token)
        {
            try
            {
                string text = Encoding.UTF8.GetString(Convert.FromBase64String(token));
                if (text.StartsWith("offset:", StringComparison.Ordinal)
                    && int.TryParse(text.Substring(7), NumberStyles.None, CultureInfo.InvariantCulture, out int offset))
                {
                    return offset;
                }
            }
            catch (FormatException)
            {
            }
            throw ServiceError.Validation("The pagination token is invalid.");
        }
    }
}
