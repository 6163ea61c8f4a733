using System;

namespace BedrockPS.Configuration
{
    /// <summary>
    /// The one place holding Set-BedrockConfiguration's defaults. Guarded by a lock; readers get clones, so a
    /// cmdlet running on another runspace thread never sees a half-applied change.
    /// </summary>
    internal static class ConfigurationRegistry
    {
        private static readonly object Gate = new object();
        private static SessionConfiguration _current = new SessionConfiguration();

        public static SessionConfiguration Current
        {
            get
            {
                lock (Gate)
                {
                    return _current.Clone();
                }
            }
        }

        /// <summary>Applies a change to a copy and publishes it whole.</summary>
        public static SessionConfiguration Update(Action<SessionConfiguration> change)
        {
            if (change == null) throw new ArgumentNullException(nameof(change));
            lock (Gate)
            {
                SessionConfiguration next = _current.Clone();
                change(next);
                _current = next;
                return next.Clone();
            }
        }

        public static void Reset()
        {
            lock (Gate)
            {
                _current = new SessionConfiguration();
            }
        }
    }
}
