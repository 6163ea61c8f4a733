using System;
using System.Collections.Generic;
using System.Globalization;

namespace BedrockPS.Emulator.Catalog
{
    /// <summary>
    /// The Legacy and end-of-life dates of the catalog's models, each with its provenance. A model not listed here is
    /// ACTIVE with no announced end of life. Derived dates follow the AWS "Model lifecycle (Legacy)" policy
    /// (docs.aws.amazon.com/bedrock/latest/userguide/model-lifecycle-legacy.html, models launched before 2026-09-07):
    /// at least six months in Legacy before end of life and, for end-of-life dates after 2026-02-01, public extended
    /// access after at least three months of Legacy. Sources were read on 2026-12-03.
    /// </summary>
    internal static class ModelLifecycleTable
    {
        private const string DerivedPeriods =
            " Legacy and public extended access dates derived from the minimum periods of the AWS Model lifecycle (Legacy) page.";

        private const string NoPublicDates =
            "Legacy in this catalog before lifecycle dates were modelled; no public Bedrock Legacy or end-of-life date was found"
            + " in the sources searched, so these are emulator placeholders that keep the model Legacy (not retired) on 2026-12-03.";

        private static readonly Dictionary<string, (string? Legacy, string? Extended, string? EndOfLife, string Source)> Entries =
            new Dictionary<string, (string?, string?, string?, string)>(StringComparer.Ordinal)
            {
                ["anthropic.claude-3-haiku-20240307-v1:0"] = ("2026-03-10", "2026-06-10", "2026-09-10",
                    "End of life 2026-09-10 by public reports (issue 15 of this project); aws-samples/aws-genai-llm-chatbot PR #733"
                    + " (2026-05-21) already treats it as a Legacy model to replace." + DerivedPeriods),
                ["anthropic.claude-3-sonnet-20240229-v1:0"] = ("2025-01-21", null, "2025-07-21",
                    "Past end of life by public reports (issue 15); the dates are recalled from the AWS legacy table and were not"
                    + " re-verified in the sources searched."),
                ["anthropic.claude-3-5-haiku-20241022-v1:0"] = ("2025-12-19", "2026-03-19", "2026-06-19",
                    "End of life 2026-06-19 from awslabs/startups PR #10 (2026-05-17: 33 days to end of life); CultivateLabs/raif"
                    + " PR #501 lists it past end of life on Bedrock on 2026-07-09; promptfoo PR #10635 found it absent from"
                    + " ListFoundationModels in every commercial region on 2026-09-04." + DerivedPeriods),
                ["anthropic.claude-3-5-sonnet-20240620-v1:0"] = ("2025-09-01", "2025-12-01", "2026-03-01",
                    "Past end of life on Bedrock by 2026-07-09 (CultivateLabs/raif PR #501, citing the Bedrock model lifecycle"
                    + " page); the exact date was not found in the sources searched, 2026-03-01 is the emulator's choice within that bound."),
                ["anthropic.claude-3-5-sonnet-20241022-v2:0"] = ("2025-09-01", "2025-12-01", "2026-03-01",
                    "Past end of life on Bedrock by 2026-07-09 (CultivateLabs/raif PR #501); the exact date was not found in the"
                    + " sources searched, 2026-03-01 is the emulator's choice within that bound."),
                ["anthropic.claude-3-7-sonnet-20250219-v1:0"] = ("2025-10-28", "2026-01-28", "2026-04-28",
                    "End of life 2026-04-28 by bitslovers.com/bedrock-model-lifecycle and awslabs/startups PR #10." + DerivedPeriods),
                ["anthropic.claude-opus-4-20250514-v1:0"] = ("2025-11-30", "2026-02-28", "2026-05-31",
                    "End of life 2026-05-31 from awslabs/startups PR #10 (2026-05-17: 14 days to end of life); CultivateLabs/raif"
                    + " PR #501 lists it past end of life on Bedrock on 2026-07-09." + DerivedPeriods),
                ["amazon.titan-text-express-v1"] = ("2026-06-01", "2026-09-01", "2027-03-01", NoPublicDates),
                ["amazon.titan-text-lite-v1"] = ("2026-06-01", "2026-09-01", "2027-03-01", NoPublicDates),
                ["meta.llama3-8b-instruct-v1:0"] = ("2026-06-01", "2026-09-01", "2027-03-01", NoPublicDates),
                ["meta.llama3-70b-instruct-v1:0"] = ("2026-06-01", "2026-09-01", "2027-03-01", NoPublicDates),
            };

        public static ModelLifecycleDates For(string modelId, string releaseDate)
        {
            DateTimeOffset start = Date(releaseDate)!.Value;
            if (!Entries.TryGetValue(modelId, out var entry))
            {
                return new ModelLifecycleDates(start, null, null, null, "Active in the Bedrock catalog on 2026-12-03; no end of life announced.");
            }
            return new ModelLifecycleDates(start, Date(entry.Legacy), Date(entry.Extended), Date(entry.EndOfLife), entry.Source);
        }

        private static DateTimeOffset? Date(string? isoDate) =>
            isoDate == null ? (DateTimeOffset?)null
                : DateTimeOffset.ParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
    }
}
