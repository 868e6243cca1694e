using System.Security.Cryptography;
using HeyGen.Emulator.Hosting;
using HeyGen.Emulator.Infrastructure;

namespace HeyGen.Emulator.Pipeline;

/// <summary>
/// HeyGen's credential check: the API key in <c>X-Api-Key</c>, or a bearer token in <c>Authorization</c> (the API
/// key itself, or — on the v1 streaming routes — a session token from <c>streaming.create_token</c>).
/// </summary>
internal static class Authentication
{
    /// <summary>Null when the caller is authenticated, else the 401 to answer with.</summary>
    public static ApiException? Check(HttpContext context, OperationMetadata operation, EmulatorContext emulator)
    {
        var apiKey = context.Request.Headers["X-Api-Key"].ToString();
        var bearer = BearerToken(context.Request.Headers.Authorization.ToString());
        if (apiKey.Length == 0 && bearer is null)
        {
            return Unauthorized("Missing API key. Send your key in the X-Api-Key header (or Authorization: Bearer).");
        }

        if (Matches(apiKey, emulator.Options.ApiKey) || (bearer is not null && Matches(bearer, emulator.Options.ApiKey)))
        {
            return null;
        }

        if (bearer is not null && operation.AcceptsStreamingToken
            && emulator.Store.Transact(now => emulator.Store.Streaming.IsValidToken(bearer, now)))
        {
            return null;
        }

        return Unauthorized(operation.Family == ApiFamily.V1 ? "Invalid API key" : "Invalid or expired API key. Verify your x-api-key header.");
    }

    private static ApiException Unauthorized(string message) =>
        new(StatusCodes.Status401Unauthorized, "authentication_failed", message);

    private static string? BearerToken(string header) =>
        header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && header.Length > 7 ? header[7..].Trim() : null;

    private static bool Matches(string presented, string expected) =>
        presented.Length > 0 && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(expected));
}
