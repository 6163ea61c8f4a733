using System.Globalization;

namespace BedrockPS.Core.BatchInference
{
    /// <summary>Record ids: "R" and the row's 1-based position in ten digits, 11 alphanumerics as the service's own ids.</summary>
    public static class BatchRecordIds
    {
        public static string ForRow(long index) => "R" + (index + 1).ToString("D10", CultureInfo.InvariantCulture);
    }
}
