using System.Collections.ObjectModel;
using System.Reflection;
using System.Runtime.InteropServices;

namespace HeyGen.PowerShell.Layout.Metadata;

/// <summary>
/// Reads the cmdlets of a module assembly through a <see cref="MetadataLoadContext"/>: attributes and property
/// types only, nothing executed, so PowerShell does not need to be installed (PowerShell Standard's reference
/// assembly stands in for System.Management.Automation).
/// </summary>
public sealed class CmdletReader : IDisposable
{
    private const string Sma = "System.Management.Automation.";

    private readonly MetadataLoadContext _context;

    /// <param name="assemblyPath">The cmdlet assembly; its folder (and <paramref name="probeFolders"/>) resolve its references.</param>
    /// <param name="smaReferencePath">System.Management.Automation.dll from PowerShellStandard.Library.</param>
    /// <param name="probeFolders">More folders whose assemblies resolve references (the module's dependencies).</param>
    public CmdletReader(string assemblyPath, string smaReferencePath, params string[] probeFolders)
    {
        var runtime = RuntimeEnvironment.GetRuntimeDirectory();
        var paths = Directory.GetFiles(runtime, "*.dll")
            .Concat(new[] { Path.GetDirectoryName(Path.GetFullPath(assemblyPath))! }.Concat(probeFolders).Where(Directory.Exists).SelectMany(d => Directory.GetFiles(d, "*.dll")))
            .Append(smaReferencePath)
            .GroupBy(p => Path.GetFileName(p), StringComparer.OrdinalIgnoreCase)
            .Select(g => g.Last());
        _context = new MetadataLoadContext(new PathAssemblyResolver(paths), typeof(object).Assembly.GetName().Name);
        Assembly = _context.LoadFromAssemblyPath(Path.GetFullPath(assemblyPath));
    }

    public Assembly Assembly { get; }

    /// <summary>A type by full name from any assembly the context can resolve (output types live in referenced assemblies).</summary>
    public Type? FindType(string fullName) =>
        _context.GetAssemblies().Select(a => a.GetType(fullName, throwOnError: false)).FirstOrDefault(t => t is not null);

    /// <summary>The approved verbs: the constants of PowerShell's Verbs* classes.</summary>
    public IReadOnlyCollection<string> ApprovedVerbs()
    {
        var sma = _context.LoadFromAssemblyName("System.Management.Automation");
        return sma.GetExportedTypes()
            .Where(t => t.Namespace == "System.Management.Automation" && t.Name.StartsWith("Verbs", StringComparison.Ordinal))
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The names of PowerShell's ErrorCategory members.</summary>
    public IReadOnlyCollection<string> ErrorCategories()
    {
        var category = _context.LoadFromAssemblyName("System.Management.Automation").GetType(Sma + "ErrorCategory", throwOnError: true)!;
        return category.GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
    }

    public IReadOnlyList<CmdletModel> ReadCmdlets() =>
        Assembly.GetExportedTypes()
            .Select(t => (Type: t, Cmdlet: Attribute(t.GetCustomAttributesData(), "CmdletAttribute")))
            .Where(x => x.Cmdlet is not null && !x.Type.IsAbstract)
            .Select(x => Read(x.Type, x.Cmdlet!))
            .OrderBy(c => c.Name, StringComparer.Ordinal)
            .ToList();

    public void Dispose() => _context.Dispose();

    private static CmdletModel Read(Type type, CustomAttributeData cmdlet)
    {
        var outputs = type.GetCustomAttributesData()
            .Where(a => a.AttributeType.FullName == Sma + "OutputTypeAttribute")
            .SelectMany(a => a.ConstructorArguments)
            .SelectMany(Values)
            .Select(v => v is Type t ? t.FullName! : v?.ToString() ?? string.Empty)
            .ToList();
        var parameters = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(ReadParameter)
            .Where(p => p is not null)
            .Select(p => p!)
            .ToList();
        return new CmdletModel(
            (string)cmdlet.ConstructorArguments[0].Value!,
            (string)cmdlet.ConstructorArguments[1].Value!,
            type.FullName!,
            Named(cmdlet, "DefaultParameterSetName") as string,
            Named(cmdlet, "SupportsShouldProcess") as bool? ?? false,
            ConfirmImpactName(Named(cmdlet, "ConfirmImpact")),
            outputs,
            parameters);
    }

    private static ParameterModel? ReadParameter(PropertyInfo property)
    {
        var attributes = property.GetCustomAttributesData();
        var sets = attributes.Where(a => a.AttributeType.FullName == Sma + "ParameterAttribute")
            .Select(a => new ParameterSetModel(
                Named(a, "ParameterSetName") as string ?? ParameterSetModel.AllSets,
                Named(a, "Mandatory") as bool? ?? false,
                Named(a, "Position") is int position && position >= 0 ? position : null,
                Named(a, "ValueFromPipeline") as bool? ?? false,
                Named(a, "ValueFromPipelineByPropertyName") as bool? ?? false))
            .ToList();
        if (sets.Count == 0)
        {
            return null;
        }

        var aliases = attributes.Where(a => a.AttributeType.FullName == Sma + "AliasAttribute").SelectMany(a => a.ConstructorArguments).SelectMany(Values).Select(v => (string)v!).ToList();
        var completer = Attribute(attributes, "ArgumentCompleterAttribute")?.ConstructorArguments.Select(c => c.Value).OfType<Type>().FirstOrDefault()?.FullName;
        var validValues = Attribute(attributes, "ValidateSetAttribute")?.ConstructorArguments.SelectMany(Values).Select(v => (string)v!).ToList() ?? new List<string>();
        var typeName = DisplayName(property.PropertyType);
        return new ParameterModel(property.Name, typeName, aliases, Attribute(attributes, "SupportsWildcardsAttribute") is not null, completer, validValues, sets);
    }

    /// <summary>int? shows as System.Int32, like PowerShell's help (Nullable.GetUnderlyingType does not work on metadata-only types).</summary>
    private static string DisplayName(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition().FullName == "System.Nullable`1" ? type.GetGenericArguments()[0].FullName! : type.FullName!;

    private static CustomAttributeData? Attribute(IEnumerable<CustomAttributeData> attributes, string name) =>
        attributes.FirstOrDefault(a => a.AttributeType.FullName == Sma + name);

    private static object? Named(CustomAttributeData attribute, string name) =>
        attribute.NamedArguments.Where(n => n.MemberName == name).Select(n => n.TypedValue.Value).FirstOrDefault();

    private static IEnumerable<object?> Values(CustomAttributeTypedArgument argument) =>
        argument.Value is ReadOnlyCollection<CustomAttributeTypedArgument> items ? items.Select(i => i.Value) : new[] { argument.Value };

    private static string ConfirmImpactName(object? value) => value switch
    {
        null => "Medium",
        int i => i switch { 0 => "None", 1 => "Low", 2 => "Medium", _ => "High" },
        _ => value.ToString() ?? "Medium",
    };
}
