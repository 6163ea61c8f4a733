using BedrockPS.Emulator.Operations;

namespace BedrockPS.Emulator.Auth
{
    /// <summary>The front-end auth errors, with the service's wording.</summary>
    internal static class AuthFailure
    {
        public static ServiceError Missing() =>
            new ServiceError(403, "MissingAuthenticationTokenException", "Missing Authentication Token");

        public static ServiceError UnknownKey() =>
            new ServiceError(403, "UnrecognizedClientException", "The security token included in the request is invalid.");

        public static ServiceError Incomplete(string message) =>
            new ServiceError(400, "IncompleteSignatureException", message);

        public static ServiceError BadSignature(string message) =>
            new ServiceError(403, "InvalidSignatureException", message);
    }
}
