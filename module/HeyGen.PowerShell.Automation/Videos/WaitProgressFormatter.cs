using System.Globalization;

namespace HeyGen.Automation;

/// <summary>Turns the client's wait progress into a progress bar: "2 of 5 finished (1 failed), 1m 05s", with a status breakdown.</summary>
public static class WaitProgressFormatter
{
    public const string Activity = "Waiting for HeyGen to render";

    public static OperationProgress ToProgress(VideoWaitProgress progress, int activityId)
    {
        if (progress is null)
        {
            throw new ArgumentNullException(nameof(progress));
        }

        var finished = progress.Completed + progress.Failed;
        var status = finished.ToString(CultureInfo.InvariantCulture) + " of " + progress.Total.ToString(CultureInfo.InvariantCulture)
            + (progress.Total == 1 ? " video" : " videos") + " finished"
            + (progress.Failed > 0 ? " (" + progress.Failed.ToString(CultureInfo.InvariantCulture) + " failed)" : string.Empty)
            + ", " + Duration(progress.Elapsed);
        var breakdown = progress.Statuses.Values
            .GroupBy(s => s, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Count().ToString(CultureInfo.InvariantCulture) + " " + g.Key.Replace('_', ' '));
        return new OperationProgress(activityId, Activity, status)
        {
            PercentComplete = progress.PercentComplete,
            CurrentOperation = string.Join(", ", breakdown),
            Completed = finished >= progress.Total,
        };
    }

    /// <summary><c>45s</c>, <c>1m 05s</c>, <c>1h 02m</c>.</summary>
    public static string Duration(TimeSpan value) =>
        value.TotalHours >= 1 ? ((int)value.TotalHours).ToString(CultureInfo.InvariantCulture) + "h " + value.Minutes.ToString("00", CultureInfo.InvariantCulture) + "m"
        : value.TotalMinutes >= 1 ? ((int)value.TotalMinutes).ToString(CultureInfo.InvariantCulture) + "m " + value.Seconds.ToString("00", CultureInfo.InvariantCulture) + "s"
        : ((int)value.TotalSeconds).ToString(CultureInfo.InvariantCulture) + "s";
}
