using System.Collections;
using System.Management.Automation;

namespace BedrockPS.Infrastructure
{
    /// <summary>
    /// Treats an empty or blank string (or a list holding only those) as "not given". CSV rows carry every
    /// column, so an optional column left empty would otherwise bind as 0 (MaxTokens 0, Temperature 0) or as
    /// one empty stop sequence.
    /// </summary>
    internal sealed class EmptyAsNullAttribute : ArgumentTransformationAttribute
    {
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            object? value = inputData is PSObject wrapped ? wrapped.BaseObject : inputData;
            if (value is string text) return string.IsNullOrWhiteSpace(text) ? null : inputData;
            if (value is IList list && !(value is IDictionary))
            {
                foreach (object? item in list)
                {
                    object? element = item is PSObject p ? p.BaseObject : item;
                    if (!(element is string s) || !string.IsNullOrWhiteSpace(s)) return inputData;
                }
                return list.Count == 0 ? inputData : null;
            }
            return inputData;
        }
    }
}
