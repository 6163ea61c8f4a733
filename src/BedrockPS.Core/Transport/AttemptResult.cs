namespace BedrockPS.Core.Transport
{
    /// <summary>How one attempt of a request ended: a response to hand over, or a failure the retry policy judges.</summary>
    internal sealed class AttemptResult
    {
        private AttemptResult(TransportResponse? response, BedrockServiceException? failure, bool skewCorrected)
        {
            Response = response;
            Failure = failure;
            SkewCorrected = skewCorrected;
        }

        public TransportResponse? Response { get; }

        public BedrockServiceException? Failure { get; }

        /// <summary>The failure was a clock-skew refusal and the signing clock now follows the service's.</summary>
        public bool SkewCorrected { get; }

        public static AttemptResult Succeeded(TransportResponse response) => new AttemptResult(response, null, false);

        public static AttemptResult Failed(BedrockServiceException failure, bool skewCorrected) => new AttemptResult(null, failure, skewCorrected);
    }
}
