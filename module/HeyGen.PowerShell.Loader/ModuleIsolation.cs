using System.Reflection;

namespace HeyGen.PowerShell.Loader;

/// <summary>
/// Keeps the module's dependencies (in its <c>dependencies</c> folder) apart from other modules' versions of the
/// same assemblies.
/// <list type="bullet">
/// <item>PowerShell 7: every private dependency (see <see cref="DependencyPolicy"/>) is loaded into one dedicated
/// load context named <see cref="ContextName"/>; the cmdlet assembly, in the default context, reaches our own
/// libraries through <c>AppDomain.AssemblyResolve</c>, which hands out the isolated copies.</item>
/// <item>Windows PowerShell 5.1: there are no load contexts; failed loads are resolved from the folder
/// (<c>Assembly.LoadFrom</c>), so our copies are used only where nothing else answered.</item>
/// </list>
/// Installing twice (Import-Module -Force) reuses the first context: a second copy of our libraries would make
/// two incompatible versions of every type.
/// </summary>
public sealed class ModuleIsolation
{
    public const string ContextName = "HeyGen";

    private static readonly object Gate = new();
    private static ModuleIsolation? _installed;

    private readonly Dictionary<string, Assembly> _isolated;
    private readonly Dictionary<string, string> _files;

    private ModuleIsolation(string dependencies, Dictionary<string, string> files, Dictionary<string, Assembly> isolated)
    {
        DependenciesPath = dependencies;
        _files = files;
        _isolated = isolated;
    }

    public string DependenciesPath { get; }

    /// <summary>Whether dependencies live in a dedicated load context (PowerShell 7) or are resolved from the folder (5.1).</summary>
    public bool UsesLoadContext => _isolated.Count > 0;

    /// <summary>Simple names of the assemblies loaded into the dedicated context.</summary>
    public IReadOnlyCollection<string> IsolatedAssemblies => _isolated.Keys;

    /// <summary>The installed isolation, or null before the module is imported.</summary>
    public static ModuleIsolation? Current
    {
        get
        {
            lock (Gate)
            {
                return _installed;
            }
        }
    }

    /// <summary>Sets up isolation for <paramref name="dependenciesPath"/> and hooks assembly resolution (idempotent).</summary>
    public static ModuleIsolation Install(string dependenciesPath)
    {
        if (dependenciesPath is null)
        {
            throw new ArgumentNullException(nameof(dependenciesPath));
        }

        lock (Gate)
        {
            if (_installed is null)
            {
                var files = Directory.Exists(dependenciesPath)
                    ? Directory.GetFiles(dependenciesPath, "*.dll").ToDictionary(f => Path.GetFileNameWithoutExtension(f), StringComparer.OrdinalIgnoreCase)
                    : new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                var isolated = ReflectedLoadContext.IsSupported ? LoadPrivateCopies(files) : new Dictionary<string, Assembly>(StringComparer.OrdinalIgnoreCase);
                _installed = new ModuleIsolation(dependenciesPath, files, isolated);
            }

            AppDomain.CurrentDomain.AssemblyResolve -= _installed.OnAssemblyResolve;
            AppDomain.CurrentDomain.AssemblyResolve += _installed.OnAssemblyResolve;
            return _installed;
        }
    }

    /// <summary>Unhooks resolution (Remove-Module). Loaded assemblies stay loaded; a later import hooks again.</summary>
    public static void Uninstall()
    {
        lock (Gate)
        {
            if (_installed is not null)
            {
                AppDomain.CurrentDomain.AssemblyResolve -= _installed.OnAssemblyResolve;
            }
        }
    }

    /// <summary>The assembly this isolation hands out for <paramref name="name"/>, or null when it is not ours to answer.</summary>
    public Assembly? Resolve(AssemblyName name)
    {
        if (name?.Name is not { } simple)
        {
            return null;
        }

        if (_isolated.TryGetValue(simple, out var isolated))
        {
            return isolated;
        }

        if (UsesLoadContext || !_files.TryGetValue(simple, out var path))
        {
            return null;
        }

        return DependencyPolicy.CanServe(AssemblyName.GetAssemblyName(path).Version ?? new Version(0, 0), name.Version) ? Assembly.LoadFrom(path) : null;
    }

    private Assembly? OnAssemblyResolve(object? sender, ResolveEventArgs args) => Resolve(new AssemblyName(args.Name));

    private static Dictionary<string, Assembly> LoadPrivateCopies(Dictionary<string, string> files)
    {
        var frameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location) ?? string.Empty;
        var context = ReflectedLoadContext.Create(ContextName);
        var isolated = new Dictionary<string, Assembly>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in files)
        {
            var ours = AssemblyName.GetAssemblyName(file.Value).Version ?? new Version(0, 0);
            var frameworkCopy = Path.Combine(frameworkDirectory, file.Key + ".dll");
            var frameworkVersion = File.Exists(frameworkCopy) ? AssemblyName.GetAssemblyName(frameworkCopy).Version : null;
            if (DependencyPolicy.Decide(ours, frameworkVersion) == LoadChoice.Private)
            {
                isolated[file.Key] = context.LoadFromAssemblyPath(file.Value);
            }
        }

        return isolated;
    }
}
