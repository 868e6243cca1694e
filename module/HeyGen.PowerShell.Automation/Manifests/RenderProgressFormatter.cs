using System.Globalization;
using HeyGen.Manifests.Rendering;

namespace HeyGen.Automation;

/// <summary>Turns the engine's render events into a progress bar: "[3/10] intro: submitted", percent by finished scenes.</summary>
public static class RenderProgressFormatter
{
    public const int ActivityId = 3;

    public static OperationProgress ToProgress(RenderEvent renderEvent, string manifestName)
    {
        if (renderEvent is null)
        {
            throw new ArgumentNullException(nameof(renderEvent));
        }

        var total = renderEvent.Total;
        var percent = total == 0 ? 100 : (int)(100.0 * renderEvent.Finished / total);
        var status = renderEvent.Finished.ToString(CultureInfo.InvariantCulture) + " of " + total.ToString(CultureInfo.InvariantCulture) + " scenes done, "
            + renderEvent.InFlight.ToString(CultureInfo.InvariantCulture) + " rendering";
        return new OperationProgress(ActivityId, "Rendering manifest " + manifestName, status)
        {
            PercentComplete = percent,
            CurrentOperation = renderEvent.SceneId + ": " + renderEvent.Message,
        };
    }
}
