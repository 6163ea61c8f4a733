using System.Collections.Generic;

namespace BedrockPS.Core.Models
{
    /// <summary>Wire body of ListTagsForResource.</summary>
    internal sealed class ListTagsForResourceResult
    {
        public List<ResourceTag>? Tags { get; set; }
    }
}
