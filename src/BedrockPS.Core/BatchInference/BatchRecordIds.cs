using System.Globalization;

namespace BedrockPS.Core.BatchInference
{
    /// <summary>Record ids: "R" and the row's 1-based position in ten digits, 11 alphanumerics as the service's own ids.</summary>
    internal static class BatchRecordIds
    {
        /// <summary>The record id of a row.</summary>
        /// <param name="index">0-based position of the row in the input.</param>
        /// <returns>"R" and the 1-based position in ten digits, for example R0000000001.</returns>
        public static string ForRow(long index) => "R" + (index + 1).ToString("D10", CultureInfo.InvariantCulture);
    }
}
