namespace BedrockPS.Emulator
{
    /// <summary>The faults the emulator can inject. The Stream* kinds, Cut, Corrupt, Truncate and Stall act on event streams only.</summary>
    public enum FaultKind
    {
        /// <summary>No fault: requests are answered normally.</summary>
        None,
        /// <summary>429 ThrottlingException.</summary>
        Throttling,
        /// <summary>500 InternalServerException.</summary>
        InternalServerError,
        /// <summary>503 ServiceUnavailableException.</summary>
        ServiceUnavailable,
        /// <summary>429 ModelNotReadyException.</summary>
        ModelNotReady,
        /// <summary>408 ModelTimeoutException.</summary>
        ModelTimeout,
        /// <summary>The connection is reset before any response header is sent.</summary>
        ResetBeforeHeaders,
        /// <summary>A throttlingException event after N deltas, then the stream ends.</summary>
        StreamThrottlingException,
        /// <summary>A modelStreamErrorException event after N deltas, then the stream ends.</summary>
        StreamModelError,
        /// <summary>The connection is reset after N deltas, mid-stream.</summary>
        CutMidStream,
        /// <summary>After N deltas, a frame with a wrong message CRC.</summary>
        CorruptFrame,
        /// <summary>After N deltas, half a frame and then the end of the body.</summary>
        TruncatedFrame,
        /// <summary>After N deltas, nothing more is sent, and the connection stays open.</summary>
        StallStream,
    }
}
