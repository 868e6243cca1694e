using HeyGen.Automation;
using HeyGen.Manifests.Validation;

namespace HeyGen.PowerShell.Tests.Automation;

public sealed class ErrorMapperTests
{
    [Theory]
    [InlineData(401, HeyGenErrorCategory.AuthenticationError, "HeyGen.Unauthorized")]
    [InlineData(403, HeyGenErrorCategory.PermissionDenied, "HeyGen.Forbidden")]
    [InlineData(404, HeyGenErrorCategory.ObjectNotFound, "HeyGen.NotFound")]
    [InlineData(400, HeyGenErrorCategory.InvalidArgument, "HeyGen.InvalidRequest")]
    [InlineData(429, HeyGenErrorCategory.LimitsExceeded, "HeyGen.RateLimited")]
    [InlineData(503, HeyGenErrorCategory.ResourceUnavailable, "HeyGen.ServerError")]
    public void Api_failures_map_by_status(int status, HeyGenErrorCategory category, string id)
    {
        var error = ErrorMapper.Map(new HeyGenApiException(HeyGenErrorKind.Http, "nope", statusCode: status), "video-1");
        Assert.Equal(category, error.Category);
        Assert.Equal(id, error.ErrorId);
        Assert.Equal("video-1", error.TargetObject);
        Assert.False(string.IsNullOrEmpty(error.RecommendedAction));
    }

    [Fact]
    public void A_missing_key_recommends_Connect_HeyGen()
    {
        var error = ErrorMapper.Map(new HeyGenApiException(HeyGenErrorKind.Configuration, "No API key is configured."), null);
        Assert.Equal(HeyGenErrorCategory.AuthenticationError, error.Category);
        Assert.Contains("Connect-HeyGen", error.RecommendedAction, StringComparison.Ordinal);
    }

    [Fact]
    public void Local_failures_map_to_their_categories()
    {
        Assert.Equal(HeyGenErrorCategory.ResourceExists, ErrorMapper.Map(new FileExistsException("/tmp/x.mp4"), null).Category);
        Assert.Equal("/tmp/x.mp4", ErrorMapper.Map(new FileExistsException("/tmp/x.mp4"), null).TargetObject);
        Assert.Equal(HeyGenErrorCategory.OperationTimeout, ErrorMapper.Map(new TimeoutException("slow"), null).Category);
        Assert.Equal(HeyGenErrorCategory.InvalidArgument, ErrorMapper.Map(new ArgumentException("bad", "Script"), null).Category);
        Assert.Contains("-Script", ErrorMapper.Map(new ArgumentException("bad", "Script"), null).RecommendedAction, StringComparison.Ordinal);
        Assert.Equal(HeyGenErrorCategory.InvalidResult, ErrorMapper.Map(new HeyGenVideoFailedException("v", "MOVIO_ERROR", "boom"), null).Category);
        Assert.Equal(HeyGenErrorCategory.InvalidData, ErrorMapper.Map(new HeyGen.Manifests.ManifestInvalidException(new[] { new ManifestError("E1", "m.yaml", 1, 1, "x", "bad") }), null).Category);
        Assert.Equal(HeyGenErrorCategory.ObjectNotFound, ErrorMapper.Map(new AggregateException(new KeyNotFoundException("gone")), null).Category);
    }
}
