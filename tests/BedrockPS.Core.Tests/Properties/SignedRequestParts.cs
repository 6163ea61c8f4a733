using System.Collections.Generic;
using System.Linq;

namespace BedrockPS.Core.Tests.Properties
{
    /// <summary>A generated request before signing: method, wire target (path and query), extra headers, body.</summary>
    public sealed record SignedRequestParts(string Method, string Target, IReadOnlyList<(string Name, string Value)> Headers, byte[] Body)
    {
        public override string ToString() =>
            Method + " " + Target + " [" + string.Join("; ", Headers.Select(h => h.Name + ": " + h.Value)) + "] body " + Body.Length + " bytes";
    }
}
