using HeyGen.Manifests.Planning;

namespace HeyGen.Automation;

/// <summary>
/// A plan in ShouldProcess terms: one (target, action) per scene that has work, so <c>-WhatIf</c> prints
/// "What if: Performing the operation "create (spends credits)" on target "intro: new scene"".
/// </summary>
public sealed class PlanDescription
{
    private PlanDescription(string target, string action)
    {
        Target = target;
        Action = action;
    }

    public string Target { get; }

    public string Action { get; }

    public static IReadOnlyList<PlanDescription> Describe(ManifestPlan plan)
    {
        if (plan is null)
        {
            throw new ArgumentNullException(nameof(plan));
        }

        return plan.Scenes
            .Where(s => s.Action is not (PlanAction.Skip or PlanAction.Orphan))
            .Select(s => new PlanDescription(s.Id + ": " + s.Reason, ActionText(s.Action)))
            .ToList();
    }

    /// <summary>The confirmation line for the whole run: "Render 3 create, 1 download, 26 skip".</summary>
    public static string Summary(ManifestPlan plan) =>
        "Render " + (plan ?? throw new ArgumentNullException(nameof(plan))).Summary() + (plan.Count(PlanAction.Create) + plan.Count(PlanAction.Retry) > 0 ? " (creates spend credits)" : string.Empty);

    private static string ActionText(PlanAction action) => action switch
    {
        PlanAction.Create => "create (spends credits)",
        PlanAction.Retry => "retry (spends credits)",
        PlanAction.Resume => "resume",
        PlanAction.Download => "download",
        _ => action.ToString().ToLowerInvariant(),
    };
}
