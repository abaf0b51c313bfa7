using System.Net;
using System.Net.Http.Headers;
using Bot.Feeds.Fetching;
using Polly;
using Polly.Timeout;

namespace Bot.Feeds.Tests.Fetching;

public sealed class FeedResiliencePipelineTests
{
    private static readonly Uri FeedUrl = new("https://news.example/feed.xml");
    private static readonly DateTimeOffset ServerNow = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);

    public static TheoryData<HttpStatusCode, bool> StatusCodes => new()
    {
        { HttpStatusCode.InternalServerError, true },
        { HttpStatusCode.BadGateway, true },
        { HttpStatusCode.ServiceUnavailable, true },
        { HttpStatusCode.GatewayTimeout, true },
        { HttpStatusCode.RequestTimeout, true },
        { HttpStatusCode.TooManyRequests, true },
        { HttpStatusCode.NotFound, false },
        { HttpStatusCode.Forbidden, false },
        { HttpStatusCode.BadRequest, false },
        { HttpStatusCode.NotModified, false },
        { HttpStatusCode.OK, false },
    };

    [Theory]
    [MemberData(nameof(StatusCodes))]
    public void IsTransient_GetResponse_DependsOnStatus(HttpStatusCode status, bool expected)
    {
        using var response = Response(HttpMethod.Get, status);

        var transient = FeedResiliencePipeline.IsTransient(Outcome.FromResult(response));

        transient.ShouldBe(expected);
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public void IsTransient_NonGetServiceUnavailable_IsNotTransient(string method)
    {
        using var response = Response(new HttpMethod(method), HttpStatusCode.ServiceUnavailable);

        var transient = FeedResiliencePipeline.IsTransient(Outcome.FromResult(response));

        transient.ShouldBeFalse();
    }

    [Fact]
    public void IsTransient_ResponseWithoutRequest_IsNotTransient()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);

        var transient = FeedResiliencePipeline.IsTransient(Outcome.FromResult(response));

        transient.ShouldBeFalse();
    }

    public static TheoryData<Exception, bool> Exceptions => new()
    {
        { new HttpRequestException("connection refused", null, HttpStatusCode.ServiceUnavailable), true },
        { new TimeoutRejectedException("attempt timed out"), true },
        { new OperationCanceledException("caller cancelled"), false },
        { new InvalidOperationException("bug"), false },
    };

    [Theory]
    [MemberData(nameof(Exceptions))]
    public void IsTransient_Exception_OnlyNetworkAndTimeoutAreTransient(Exception exception, bool expected)
    {
        var transient = FeedResiliencePipeline.IsTransient(Outcome.FromException<HttpResponseMessage>(exception));

        transient.ShouldBe(expected);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(30)]
    public void RetryAfter_DeltaUpToThirtySeconds_IsHonoured(int seconds)
    {
        using var response = Response(HttpMethod.Get, HttpStatusCode.ServiceUnavailable);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(seconds));

        var delay = FeedResiliencePipeline.RetryAfter(response);

        delay.ShouldBe(TimeSpan.FromSeconds(seconds));
    }

    [Theory]
    [InlineData(31)]
    [InlineData(3600)]
    public void RetryAfter_DeltaOverThirtySeconds_IsIgnored(int seconds)
    {
        using var response = Response(HttpMethod.Get, HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(seconds));

        var delay = FeedResiliencePipeline.RetryAfter(response);

        delay.ShouldBeNull();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(20)]
    [InlineData(30)]
    public void RetryAfter_HttpDateUpToThirtySecondsAfterServerDate_IsHonoured(int seconds)
    {
        using var response = Response(HttpMethod.Get, HttpStatusCode.ServiceUnavailable);
        response.Headers.Date = ServerNow;
        response.Headers.RetryAfter = new RetryConditionHeaderValue(ServerNow.AddSeconds(seconds));

        var delay = FeedResiliencePipeline.RetryAfter(response);

        delay.ShouldBe(TimeSpan.FromSeconds(seconds));
    }

    [Theory]
    [InlineData(31)]
    [InlineData(86400)]
    [InlineData(-10)]
    public void RetryAfter_HttpDateTooFarOrInThePast_IsIgnored(int seconds)
    {
        using var response = Response(HttpMethod.Get, HttpStatusCode.ServiceUnavailable);
        response.Headers.Date = ServerNow;
        response.Headers.RetryAfter = new RetryConditionHeaderValue(ServerNow.AddSeconds(seconds));

        var delay = FeedResiliencePipeline.RetryAfter(response);

        delay.ShouldBeNull();
    }

    [Fact]
    public void RetryAfter_HttpDateWithoutServerDate_FallsBackToDefaultBackoff()
    {
        using var response = Response(HttpMethod.Get, HttpStatusCode.ServiceUnavailable);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(ServerNow.AddSeconds(5));

        var delay = FeedResiliencePipeline.RetryAfter(response);

        delay.ShouldBeNull();
    }

    [Fact]
    public void RetryAfter_NoHeader_FallsBackToDefaultBackoff()
    {
        using var response = Response(HttpMethod.Get, HttpStatusCode.ServiceUnavailable);

        FeedResiliencePipeline.RetryAfter(response).ShouldBeNull();
        FeedResiliencePipeline.RetryAfter(null).ShouldBeNull();
    }

    [Fact]
    public async Task Create_TransientGetFailures_RetriesUpToMaxRetries()
    {
        var (calls, status) = await ExecuteCountingAsync(maxRetries: 2, HttpStatusCode.ServiceUnavailable);

        calls.ShouldBe(3);
        status.ShouldBe(HttpStatusCode.ServiceUnavailable);
    }

    [Fact]
    public async Task Create_ZeroMaxRetries_TriesOnce()
    {
        var (calls, _) = await ExecuteCountingAsync(maxRetries: 0, HttpStatusCode.ServiceUnavailable);

        calls.ShouldBe(1);
    }

    [Fact]
    public async Task Create_PermanentFailure_IsNotRetried()
    {
        var (calls, status) = await ExecuteCountingAsync(maxRetries: 2, HttpStatusCode.NotFound);

        calls.ShouldBe(1);
        status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Create_AttemptOutlastsAttemptTimeout_ThrowsTimeoutRejected()
    {
        var options = Options(maxRetries: 0);
        options.AttemptTimeout = TimeSpan.FromMilliseconds(50);
        var pipeline = FeedResiliencePipeline.Create(options, TimeProvider.System);

        await Should.ThrowAsync<TimeoutRejectedException>(async () => await pipeline.ExecuteAsync(
            async token =>
            {
                await Task.Delay(TimeSpan.FromSeconds(5), token);
                return Response(HttpMethod.Get, HttpStatusCode.OK);
            },
            TestContext.Current.CancellationToken));
    }

    [Fact]
    public void Validate_Defaults_Succeeds()
    {
        var result = new FeedHttpOptionsValidator().Validate(null, new FeedHttpOptions());

        result.Succeeded.ShouldBeTrue();
    }

    [Fact]
    public void Validate_EveryBadSetting_ListsEachByItsFullKey()
    {
        var options = new FeedHttpOptions
        {
            ContactUrl = new Uri("ftp://bot.example/about"),
            Timeout = TimeSpan.Zero,
            AttemptTimeout = TimeSpan.FromSeconds(10),
            MaxRetries = 11,
            RetryDelay = TimeSpan.FromSeconds(-1),
            MaxResponseBytes = 1023,
        };

        var result = new FeedHttpOptionsValidator().Validate(null, options);

        result.Failed.ShouldBeTrue();
        var failures = result.Failures.ShouldNotBeNull().ToList();
        failures.Count.ShouldBe(6);
        failures[0].ShouldStartWith("Bot:Http:ContactUrl ");
        failures[1].ShouldStartWith("Bot:Http:Timeout ");
        failures[2].ShouldStartWith("Bot:Http:AttemptTimeout ");
        failures[3].ShouldStartWith("Bot:Http:MaxRetries ");
        failures[4].ShouldStartWith("Bot:Http:RetryDelay ");
        failures[5].ShouldStartWith("Bot:Http:MaxResponseBytes ");
        result.FailureMessage.ShouldContain("(got 11)");
    }

    public static TheoryData<string, Action<FeedHttpOptions>> SingleBadSettings => new()
    {
        { "Bot:Http:ContactUrl", o => o.ContactUrl = new Uri("/about", UriKind.Relative) },
        { "Bot:Http:Timeout", o => o.Timeout = TimeSpan.FromMinutes(11) },
        { "Bot:Http:AttemptTimeout", o => o.AttemptTimeout = TimeSpan.FromSeconds(31) },
        { "Bot:Http:AttemptTimeout", o => o.AttemptTimeout = TimeSpan.Zero },
        { "Bot:Http:MaxRetries", o => o.MaxRetries = -1 },
        { "Bot:Http:RetryDelay", o => o.RetryDelay = TimeSpan.FromMinutes(2) },
        { "Bot:Http:MaxResponseBytes", o => o.MaxResponseBytes = 100L * 1024 * 1024 + 1 },
    };

    [Theory]
    [MemberData(nameof(SingleBadSettings))]
    public void Validate_OneBadSetting_NamesOnlyThatKey(string key, Action<FeedHttpOptions> spoil)
    {
        var options = new FeedHttpOptions();
        spoil(options);

        var result = new FeedHttpOptionsValidator().Validate(null, options);

        result.Failed.ShouldBeTrue();
        result.Failures.ShouldNotBeNull().ShouldHaveSingleItem().ShouldStartWith(key + " ");
    }

    // Runs a GET answered every time with the same status; returns how many attempts the pipeline made.
    private static async Task<(int Calls, HttpStatusCode Status)> ExecuteCountingAsync(int maxRetries, HttpStatusCode status)
    {
        var pipeline = FeedResiliencePipeline.Create(Options(maxRetries), TimeProvider.System);
        var calls = 0;
        using var response = await pipeline.ExecuteAsync(
            _ =>
            {
                calls++;
                return ValueTask.FromResult(Response(HttpMethod.Get, status));
            },
            TestContext.Current.CancellationToken);
        return (calls, response.StatusCode);
    }

    private static FeedHttpOptions Options(int maxRetries) => new()
    {
        Timeout = TimeSpan.FromSeconds(5),
        AttemptTimeout = TimeSpan.FromSeconds(2),
        MaxRetries = maxRetries,
        RetryDelay = TimeSpan.FromMilliseconds(1),
    };

    private static HttpResponseMessage Response(HttpMethod method, HttpStatusCode status) =>
        new(status) { RequestMessage = new HttpRequestMessage(method, FeedUrl) };
}
