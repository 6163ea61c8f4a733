using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Reflection;
using BedrockPS.Infrastructure;
using Xunit;

namespace BedrockPS.Tests.Infrastructure
{
    /// <summary>
    /// BedrockPS.dll shows PowerShell and users only what they need: cmdlets (and the bases they derive from),
    /// output records, the types of cmdlet parameters and the module initializer. Helpers stay internal, and no
    /// visible signature names a Core or emulator type, because PowerShell inspects public types before the
    /// module's dependency load context exists.
    /// </summary>
    public class PublicSurfaceTests
    {
        private static readonly Assembly Module = typeof(BedrockCmdlet).Assembly;

        private static readonly Assembly[] Hidden =
        {
            typeof(Core.IBedrockService).Assembly,
            typeof(Emulator.BedrockEmulator).Assembly,
        };

        // Known exceptions: the assistant message and the session history are Core's own message type, as the
        // product describes them and the format file shows them. They are output properties, read only after import.
        private static readonly string[] KnownCoreExposures =
        {
            "BedrockPS.ConverseResult.Message",
            "BedrockPS.ChatSession.Messages",
        };

        [Fact]
        public void Every_public_type_is_a_cmdlet_an_output_record_a_parameter_type_or_the_module_initializer()
        {
            Type[] cmdlets = Module.GetExportedTypes().Where(t => t.GetCustomAttribute<CmdletAttribute>() != null).ToArray();
            var needed = new HashSet<Type>(cmdlets);
            foreach (Type cmdlet in cmdlets)
            {
                for (Type? b = cmdlet.BaseType; b != null && b.Assembly == Module; b = b.BaseType) needed.Add(b);
                foreach (PropertyInfo parameter in cmdlet.GetProperties().Where(p => p.GetCustomAttributes<ParameterAttribute>().Any()))
                {
                    Type type = Nullable.GetUnderlyingType(parameter.PropertyType) ?? parameter.PropertyType;
                    needed.Add(type.IsArray ? type.GetElementType()! : type);
                }
            }

            string[] unexpected = Module.GetExportedTypes()
                .Where(t => !needed.Contains(t))
                .Where(t => t.Namespace != "BedrockPS") // output records live in the root namespace
                .Where(t => !typeof(IModuleAssemblyInitializer).IsAssignableFrom(t))
                .Select(t => t.FullName!)
                .ToArray();

            Assert.True(cmdlets.Length >= 25, "the module's cmdlets are found: " + cmdlets.Length);
            Assert.Empty(unexpected);
        }

        [Fact]
        public void Helpers_that_cmdlets_use_are_internal()
        {
            foreach (Type helper in new[]
            {
                typeof(PipelinePump), typeof(ErrorRecordFactory), typeof(LocalInputException), typeof(EmptyAsNullAttribute),
                typeof(BedrockPS.Conversion.JsonToPowerShell), typeof(BedrockPS.Conversion.PowerShellToJson), typeof(BedrockPS.Completion.ModelIdCompleter),
            })
            {
                Assert.False(helper.IsVisible, helper.FullName + " is visible outside the module");
            }
        }

        [Fact]
        public void No_visible_signature_names_a_Core_or_emulator_type()
        {
            var found = new List<string>();
            foreach (Type type in Module.GetExportedTypes())
            {
                if (type.BaseType != null && NamesHidden(type.BaseType)) found.Add(type.FullName + " (base type)");
                found.AddRange(type.GetInterfaces().Where(NamesHidden).Select(i => type.FullName + " implements " + i.Name));
                const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
                foreach (MemberInfo member in type.GetMembers(all).Where(IsVisible))
                {
                    if (SignatureTypes(member).Any(NamesHidden)) found.Add(type.FullName + "." + member.Name);
                }
            }

            Assert.Equal(KnownCoreExposures.OrderBy(n => n, StringComparer.Ordinal), found.Distinct().OrderBy(n => n, StringComparer.Ordinal));
        }

        private static bool IsVisible(MemberInfo member)
        {
            static bool Visible(MethodBase? m) => m != null && (m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly);
            switch (member)
            {
                case MethodInfo method when method.IsSpecialName: return false; // accessors: checked as their property
                case MethodBase method: return Visible(method);
                case PropertyInfo property: return Visible(property.GetMethod) || Visible(property.SetMethod);
                case FieldInfo field: return field.IsPublic || field.IsFamily || field.IsFamilyOrAssembly;
                case EventInfo e: return Visible(e.AddMethod);
                default: return false;
            }
        }

        private static IEnumerable<Type> SignatureTypes(MemberInfo member)
        {
            switch (member)
            {
                case MethodInfo method:
                    return method.GetParameters().Select(p => p.ParameterType).Append(method.ReturnType);
                case ConstructorInfo constructor:
                    return constructor.GetParameters().Select(p => p.ParameterType);
                case PropertyInfo property:
                    return new[] { property.PropertyType };
                case FieldInfo field:
                    return new[] { field.FieldType };
                case EventInfo e:
                    return new[] { e.EventHandlerType! };
                default:
                    return Array.Empty<Type>();
            }
        }

        private static bool NamesHidden(Type type)
        {
            if (type.HasElementType) return NamesHidden(type.GetElementType()!);
            if (Hidden.Contains(type.Assembly)) return true;
            return type.IsGenericType && type.GetGenericArguments().Any(NamesHidden);
        }
    }
}
