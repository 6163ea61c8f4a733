namespace BedrockPS.Emulator.S3
{
    /// <summary>Chooses the object store the settings ask for.</summary>
    internal static class ObjectStores
    {
        public static IObjectStore Create(BatchSettings settings, string region)
        {
            if (settings.ExternalS3Endpoint != null)
            {
                return new ExternalObjectStore(settings.ExternalS3Endpoint, settings.ExternalS3AccessKeyId ?? string.Empty,
                    settings.ExternalS3SecretAccessKey ?? string.Empty, settings.ExternalS3Region ?? region);
            }
            return new DirectoryObjectStore(settings.S3DataDirectory);
        }
    }
}
