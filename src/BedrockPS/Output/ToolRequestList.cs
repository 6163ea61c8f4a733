using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;

namespace BedrockPS
{
    /// <summary>The tool requests of an answer; in a string context (a CSV cell) the tool names, comma-separated.</summary>
    public sealed class ToolRequestList : ReadOnlyCollection<ToolRequest>
    {
        internal ToolRequestList(IList<ToolRequest> requests)
            : base(requests)
        {
        }

        /// <summary>The tool names, comma-separated (how the list appears in a CSV cell).</summary>
        public override string ToString() => string.Join(", ", this.Select(r => r.Name));
    }
}
