using HeyGen.Emulator.Tests.Infrastructure;

namespace HeyGen.Emulator.Tests.Api;

/// <summary>
/// Every operation of spec/ called through the generated client against the emulator, with its response asserted.
/// The table is checked against the spec's operationIds, so an operation added to the spec without a call here
/// fails the suite; each call is also checked in the emulator's accounting (it reached that route and got a 2xx).
/// </summary>
public sealed class OperationCoverageTests
{
    public static TheoryData<string> Operations => [.. SpecOperations.All];

    [Fact]
    public void Every_spec_operation_has_a_call_and_nothing_else_does()
    {
        var missing = SpecOperations.All.Except(OperationCalls.All.Keys).ToList();
        var extra = OperationCalls.All.Keys.Except(SpecOperations.All).ToList();
        Assert.True(missing.Count == 0, "Operations without a call: " + string.Join(", ", missing));
        Assert.True(extra.Count == 0, "Calls for operations the spec does not have: " + string.Join(", ", extra));
        Assert.Equal(46, SpecOperations.All.Count);
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Operation_answers_through_the_generated_client(string operationId)
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.CreateLinkedClient();
        var scenario = new Scenario(emulator, client);
        await OperationCalls.All[operationId](scenario);
        var succeeded = emulator.Accounting.RequestsByOperation.GetValueOrDefault(operationId);
        Assert.True(succeeded > 0, operationId + " never reached the emulator.");
    }
}
