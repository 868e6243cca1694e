using HeyGen.Manifests.Loading;
using HeyGen.Manifests.Planning;
using HeyGen.Manifests.Rendering;
using HeyGen.Manifests.State;
using HeyGen.Manifests.Validation;

namespace HeyGen.Manifests;

/// <summary>
/// The manifest workflow in four calls: <see cref="Validate"/> (no network), <see cref="Plan"/> (no network, no
/// changes), <see cref="RenderAsync"/> (locks the state, renders what the plan says) and <see cref="Status"/>.
/// The CLI and the PowerShell cmdlets are thin shells over these.
/// </summary>
public static class ManifestEngine
{
    /// <summary>Loads and checks a manifest; reports every error at once. Makes no API call.</summary>
    public static ManifestValidation Validate(string path)
    {
        var loaded = ManifestLoader.Load(path);
        var errors = new List<ManifestError>(loaded.Errors);
        var scenes = loaded.Document is null ? new List<Model.ResolvedScene>() : SceneResolver.Resolve(loaded.Document, errors);
        var ordered = errors.OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Line).ThenBy(e => e.Column).ToList();
        return new ManifestValidation(path, loaded.Document, ordered.Count == 0 ? scenes : Array.Empty<Model.ResolvedScene>(), ordered);
    }

    /// <summary>Validates, reads the state (without locking or changing it) and plans.</summary>
    /// <exception cref="ManifestInvalidException">The manifest has errors.</exception>
    /// <exception cref="CorruptStateException">The state file cannot be read.</exception>
    public static ManifestPlan Plan(string path, string? statePath = null, bool emulator = false)
    {
        var validation = Validate(path);
        if (!validation.IsValid)
        {
            throw new ManifestInvalidException(validation.Errors);
        }

        using var store = new StateStore(statePath ?? StateStore.DefaultPath(path, emulator));
        var state = store.Load();
        return Planner.Plan(validation.Document!, validation.Scenes, state, new ContentHasher());
    }

    /// <summary>Validates, locks the state, plans and renders. Nothing is sent for an invalid manifest.</summary>
    /// <exception cref="ManifestInvalidException">The manifest has errors.</exception>
    /// <exception cref="ManifestLockedException">Another run holds the lock.</exception>
    /// <exception cref="CorruptStateException">The state file cannot be read.</exception>
    public static async Task<RenderResult> RenderAsync(string path, HeyGenClient client, RenderOptions? options = null, string? statePath = null, bool emulator = false, string tool = "HeyGen.Manifests", IProgress<ManifestPlan>? planned = null, CancellationToken cancellationToken = default)
    {
        var validation = Validate(path);
        if (!validation.IsValid)
        {
            throw new ManifestInvalidException(validation.Errors);
        }

        var statePathFull = statePath ?? StateStore.DefaultPath(path, emulator);
        using var gate = StateLock.Acquire(statePathFull, tool);
        using var store = new StateStore(statePathFull);
        var state = store.Load();
        var plan = Planner.Plan(validation.Document!, validation.Scenes, state, new ContentHasher());
        planned?.Report(plan);
        var renderer = new ManifestRenderer(client, store, options);
        return await renderer.RenderAsync(plan, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The recorded state of every scene (no network), with the lock holder if a run is active.</summary>
    public static ManifestStatus Status(string path, string? statePath = null, bool emulator = false)
    {
        var statePathFull = statePath ?? StateStore.DefaultPath(path, emulator);
        using var store = new StateStore(statePathFull);
        var state = store.Load();
        return new ManifestStatus(statePathFull, state.Scenes.Values.OrderBy(s => s.Id, StringComparer.Ordinal).ToList(), state.Assets.Count, StateLock.Peek(statePathFull));
    }
}

/// <summary>What the state file records, for <c>status</c>.</summary>
public sealed class ManifestStatus
{
    public ManifestStatus(string statePath, IReadOnlyList<SceneState> scenes, int assets, LockOwner? lockedBy)
    {
        StatePath = statePath;
        Scenes = scenes;
        Assets = assets;
        LockedBy = lockedBy;
    }

    public string StatePath { get; }

    public IReadOnlyList<SceneState> Scenes { get; }

    public int Assets { get; }

    /// <summary>The active run's owner, or null.</summary>
    public LockOwner? LockedBy { get; }
}
