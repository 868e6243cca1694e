using System.Reflection;

namespace HeyGen.PowerShell.Loader;

/// <summary>
/// A dedicated <c>System.Runtime.Loader.AssemblyLoadContext</c>, created through reflection because this assembly
/// targets netstandard2.0 (one build for Windows PowerShell 5.1 and PowerShell 7), where the type is not visible.
/// It is a plain context, not a subclass: isolation comes from loading every private dependency into it up front,
/// so its own cache answers its assemblies' references before the default context is asked.
/// </summary>
internal sealed class ReflectedLoadContext
{
    private const string TypeName = "System.Runtime.Loader.AssemblyLoadContext, System.Runtime.Loader";

    private readonly object _context;
    private readonly MethodInfo _loadFromAssemblyPath;

    private ReflectedLoadContext(object context, MethodInfo loadFromAssemblyPath)
    {
        _context = context;
        _loadFromAssemblyPath = loadFromAssemblyPath;
    }

    /// <summary>True on .NET (Core), where assembly load contexts exist; false on .NET Framework.</summary>
    public static bool IsSupported => Type.GetType(TypeName, throwOnError: false) is not null;

    /// <summary>A new, non-collectible context (PowerShell never unloads modules).</summary>
    public static ReflectedLoadContext Create(string name)
    {
        var type = Type.GetType(TypeName, throwOnError: true)!;
        var constructor = type.GetConstructor(new[] { typeof(string), typeof(bool) })
            ?? throw new MissingMethodException(TypeName, ".ctor(string, bool)");
        var loadFromPath = type.GetMethod("LoadFromAssemblyPath", new[] { typeof(string) })
            ?? throw new MissingMethodException(TypeName, "LoadFromAssemblyPath");
        return new ReflectedLoadContext(constructor.Invoke(new object[] { name, false }), loadFromPath);
    }

    /// <summary>The name of the context that loaded <paramref name="assembly"/> ("Default" for the default one), or null on .NET Framework.</summary>
    public static string? NameOf(Assembly assembly)
    {
        var type = Type.GetType(TypeName, throwOnError: false);
        var context = type?.GetMethod("GetLoadContext", new[] { typeof(Assembly) })?.Invoke(null, new object[] { assembly });
        return context?.GetType().GetProperty("Name")?.GetValue(context) as string;
    }

    public Assembly LoadFromAssemblyPath(string path)
    {
        try
        {
            return (Assembly)_loadFromAssemblyPath.Invoke(_context, new object[] { path })!;
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            throw ex.InnerException;
        }
    }
}
