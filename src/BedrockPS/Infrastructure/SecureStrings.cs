using System;
using System.Runtime.InteropServices;
using System.Security;

namespace BedrockPS.Infrastructure
{
    /// <summary>SecureString helpers; the plain text only lives as long as the caller needs it.</summary>
    internal static class SecureStrings
    {
        public static string ToPlainText(SecureString value)
        {
            IntPtr pointer = IntPtr.Zero;
            try
            {
                pointer = Marshal.SecureStringToGlobalAllocUnicode(value);
                return Marshal.PtrToStringUni(pointer) ?? string.Empty;
            }
            finally
            {
                if (pointer != IntPtr.Zero) Marshal.ZeroFreeGlobalAllocUnicode(pointer);
            }
        }

        public static SecureString FromPlainText(string value)
        {
            var secure = new SecureString();
            foreach (char c in value) secure.AppendChar(c);
            secure.MakeReadOnly();
            return secure;
        }

        /// <summary>A one-way fingerprint used to tell configurations apart without keeping the secret.</summary>
        public static string Fingerprint(string secret)
        {
            using (var sha = System.Security.Cryptography.SHA256.Create())
            {
                byte[] hash = sha.ComputeHash(System.Text.Encoding.UTF8.GetBytes(secret));
                return Convert.ToBase64String(hash, 0, 12);
            }
        }
    }
}
