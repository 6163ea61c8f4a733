using System;
using System.Linq.Expressions;
using System.Management.Automation;

namespace BedrockPS.Conversion
{
    /// <summary>
    /// New PSCustomObjects for the note properties the module builds (rows read back from JSON, flat CSV rows).
    /// PowerShell 7's PSObject(int) gives the object a member collection of its own; PSObject() files the members in
    /// PowerShell's process-wide resurrection table (a ConditionalWeakTable), whose large arrays are reallocated every
    /// few thousand objects and freed only by a full collection, so a long pipeline of such objects leaves garbage
    /// that grows with its length. Windows PowerShell 5.1 has only PSObject().
    /// </summary>
    internal static class PropertyBag
    {
        private static readonly Func<int, PSObject>? WithOwnMembers = FindOwnMembersConstructor();

        /// <param name="properties">How many properties the object will get (a capacity, not a limit).</param>
        public static PSObject Create(int properties) => WithOwnMembers != null ? WithOwnMembers(Math.Max(0, properties)) : new PSObject();

        /// <summary>True when objects get their own member collection (PowerShell 7).</summary>
        internal static bool HasOwnMembers => WithOwnMembers != null;

        private static Func<int, PSObject>? FindOwnMembersConstructor()
        {
            var constructor = typeof(PSObject).GetConstructor(new[] { typeof(int) });
            if (constructor == null)
            {
                return null;
            }
            var capacity = Expression.Parameter(typeof(int), "capacity");
            return Expression.Lambda<Func<int, PSObject>>(Expression.New(constructor, capacity), capacity).Compile();
        }
    }
}
