using HeyGen.Cli.Hosting;
using HeyGen.Cli.Output;
using HeyGen.Manifests;
using HeyGen.Manifests.State;

namespace HeyGen.Cli.Commands;

/// <summary>
/// Runs a command body and turns the failures every command shares into an exit code and a message (text, or
/// a JSON document with --json). Unexpected exceptions are not caught: they are bugs and keep their stack.
/// </summary>
internal static class CommandRunner
{
    public static async Task<int> RunAsync(CliConsole console, bool json, Func<Task<int>> body)
    {
        try
        {
            return await body();
        }
        catch (ManifestInvalidException e)
        {
            if (json)
            {
                JsonOutput.Write(console.Output, new JsonFailure("The manifest is invalid.", ExitCodes.InvalidManifest, e.Errors.Select(ReportMapper.Error).ToList()), CliJsonContext.Default.JsonFailure);
            }
            else
            {
                TextReports.Errors(console.Error, e.Errors);
            }

            return ExitCodes.InvalidManifest;
        }
        catch (ManifestLockedException e)
        {
            return Fail(console, json, e.Message, ExitCodes.LockHeld);
        }
        catch (CorruptStateException e)
        {
            return Fail(console, json, e.Message, ExitCodes.Configuration);
        }
        catch (CliConfigurationException e)
        {
            return Fail(console, json, e.Message, ExitCodes.Configuration);
        }
        catch (HeyGenApiException e) when (e.Kind == HeyGenErrorKind.Configuration)
        {
            return Fail(console, json, e.Message, ExitCodes.Configuration);
        }
        catch (HeyGenApiException e) when (e.StatusCode is 401)
        {
            // The exception's message never contains the key (the client redacts it).
            return Fail(console, json, "HeyGen rejected the API key: " + e.Message + " Check HEYGEN_API_KEY.", ExitCodes.Configuration);
        }
        catch (OperationCanceledException)
        {
            return Fail(console, json, "Cancelled. The state is saved; run the command again to resume.", ExitCodes.Cancelled);
        }
    }

    private static int Fail(CliConsole console, bool json, string message, int exitCode)
    {
        if (json)
        {
            JsonOutput.Write(console.Output, new JsonFailure(message, exitCode, null), CliJsonContext.Default.JsonFailure);
        }
        else
        {
            console.Error.WriteLine("error: " + message);
        }

        return exitCode;
    }
}
