using System.Collections.Generic;

namespace BedrockPS.Core.Auth
{
    /// <summary>
    /// The headers a signature adds, plus the intermediate strings for tests. The canonical request holds the
    /// session token when there is one, so none of this is ever logged.
    /// </summary>
    internal sealed class SigV4Result
    {
        public SigV4Result(IReadOnlyList<KeyValuePair<string, string>> headers, string canonicalRequest, string stringToSign, string signature)
        {
            Headers = headers;
            CanonicalRequest = canonicalRequest;
            StringToSign = stringToSign;
            Signature = signature;
        }

        public IReadOnlyList<KeyValuePair<string, string>> Headers { get; }

        public string CanonicalRequest { get; }

        public string StringToSign { get; }

        public string Signature { get; }
    }
}
