using System;
using System.Collections.Generic;

namespace BedrockPS.Bench.Floor.Relay
{
    /// <summary>
    /// Finds delta markers ("#" and five digits, e.g. "#00042") in a byte stream read in arbitrary pieces. The marker
    /// is found in the piece that completes it. "#" never occurs in the emulator's padding alphabet or frame headers.
    /// </summary>
    internal sealed class DeltaMarkerScanner
    {
        private const int Digits = 5;
        private int _digitsSeen = -1;
        private int _value;

        /// <summary>Appends the index of every marker completed by <paramref name="piece"/> to <paramref name="found"/>.</summary>
        public void Scan(ReadOnlySpan<byte> piece, List<int> found)
        {
            foreach (byte b in piece)
            {
                if (b == (byte)'#')
                {
                    _digitsSeen = 0;
                    _value = 0;
                    continue;
                }
                if (_digitsSeen < 0)
                {
                    continue;
                }
                if (b < (byte)'0' || b > (byte)'9')
                {
                    _digitsSeen = -1;
                    continue;
                }
                _value = _value * 10 + (b - (byte)'0');
                if (++_digitsSeen == Digits)
                {
                    found.Add(_value);
                    _digitsSeen = -1;
                }
            }
        }
    }
}
