using Microsoft.Extensions.Options;

namespace HeyGen.Examples.AvatarAlert.Alerts;

/// <summary>POST /api/avatar-alert: the only thing the page calls. The API key never leaves the server.</summary>
public static class AlertEndpoints
{
    /// <summary>The route the page posts alerts to.</summary>
    public const string Route = "/api/avatar-alert";

    /// <summary>The request body.</summary>
    /// <param name="Text">What the avatar should say.</param>
    public sealed record AlertRequest(string? Text);

    /// <summary>Maps the endpoint.</summary>
    public static void MapAvatarAlert(this IEndpointRouteBuilder app) => app.MapPost(Route, SayAsync);

    private static async Task<IResult> SayAsync(AlertRequest? request, AvatarSpeaker speaker, IOptions<AvatarAlertOptions> options, IHostApplicationLifetime lifetime)
    {
        var text = request?.Text?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return Error(StatusCodes.Status400BadRequest, "invalid_text", "Give the text to speak.");
        }

        if (text.Length > options.Value.MaxTextLength)
        {
            return Error(StatusCodes.Status400BadRequest, "invalid_text", "Alert texts are limited to " + options.Value.MaxTextLength + " characters.");
        }

        try
        {
            // Not the request's token: a page that goes away must not abandon a session half-started on HeyGen.
            var spoken = await speaker.SayAsync(text, lifetime.ApplicationStopping);
            return Results.Ok(new { streamId = spoken.StreamId, playbackUrl = spoken.PlaybackUrl, text = spoken.Text, reused = spoken.Reused });
        }
        catch (AvatarUnavailableException ex)
        {
            return Error(StatusCodes.Status503ServiceUnavailable, ex.Code, ex.Message);
        }
    }

    private static IResult Error(int status, string code, string message) =>
        Results.Json(new { error = new { code, message } }, statusCode: status);
}
