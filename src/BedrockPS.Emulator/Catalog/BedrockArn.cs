namespace BedrockPS.Emulator.Catalog
{
    /// <summary>Reads the resource id out of a Bedrock ARN: arn:aws:bedrock:{region}:{account}:{resource-type}/{id}.</summary>
    internal static class BedrockArn
    {
        /// <summary>The id after "{resourceType}/" when <paramref name="identifier"/> is a Bedrock ARN of that type.</summary>
        public static bool TryGetResourceId(string identifier, string resourceType, out string id)
        {
            id = identifier;
            string[] parts = identifier.Split(new[] { ':' }, 6);
            if (parts.Length != 6 || parts[0] != "arn" || parts[2] != "bedrock") return false;
            string prefix = resourceType + "/";
            if (!parts[5].StartsWith(prefix, System.StringComparison.Ordinal) || parts[5].Length == prefix.Length) return false;
            id = parts[5].Substring(prefix.Length);
            return true;
        }
    }
}
