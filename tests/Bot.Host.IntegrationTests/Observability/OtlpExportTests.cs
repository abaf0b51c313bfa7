using System.Collections.Concurrent;
using System.Text;
using Bot.Host.Observability;
using Bot.TestKit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace Bot.Host.IntegrationTests.Observability;

/// <summary>OTLP export (http/protobuf) to a loopback receiver standing in for an OpenTelemetry collector.</summary>
public sealed class OtlpExportTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task Run_OtlpEndpointSet_ExportsBotMetrics()
    {
        var requests = new ConcurrentQueue<(string Path, string? ContentType, byte[] Body)>();
        await using var collector = await StartReceiverAsync(requests);
        var endpoint = collector.Urls.Single();

        await using var bot = await InProcessBot.StartAsync(
            new Uri("http://127.0.0.1:9/feed.xml"),
            database.ConnectionString,
            $"--{OtlpExportOptions.EndpointKey}={endpoint}",
            $"--{OtlpExportOptions.ProtocolKey}=http/protobuf",
            $"--{OtlpExportOptions.IntervalKey}=300",
            $"--{OtlpExportOptions.ServiceNameKey}=otlp-test");

        using var deadline = new CancellationTokenSource(BotArguments.Patience);
        while (!requests.Any(r => Contains(r.Body, "bot.outbox.depth")))
        {
            await Task.Delay(100, deadline.Token);
        }

        var export = requests.First(r => Contains(r.Body, "bot.outbox.depth"));
        export.Path.ShouldBe("/v1/metrics");
        export.ContentType.ShouldBe("application/x-protobuf");
        Contains(export.Body, "otlp-test").ShouldBeTrue();
    }

    [Theory]
    [InlineData(OtlpExportOptions.EndpointKey, "collector:4317", "OTEL_EXPORTER_OTLP_ENDPOINT must be an absolute http or https URL")]
    [InlineData(OtlpExportOptions.ProtocolKey, "http/json", "OTEL_EXPORTER_OTLP_PROTOCOL must be 'grpc' or 'http/protobuf'")]
    [InlineData(OtlpExportOptions.IntervalKey, "soon", "OTEL_METRIC_EXPORT_INTERVAL must be a whole number of milliseconds")]
    public void Validate_BadVariable_NamesIt(string key, string value, string expected)
    {
        var options = new OtlpExportOptions { Endpoint = "http://collector:4317" };
        options.Read(new ConfigurationBuilder()
            .AddInMemoryCollection([new KeyValuePair<string, string?>(key, value)]).Build());

        var result = new OtlpExportOptionsValidator().Validate(null, options);

        result.Failures.ShouldHaveSingleItem().ShouldStartWith(expected);
    }

    private static bool Contains(byte[] body, string text) => body.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0;

    private static async Task<WebApplication> StartReceiverAsync(ConcurrentQueue<(string, string?, byte[])> requests)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, 0));
        var app = builder.Build();
        app.Run(async context =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body, context.RequestAborted);
            requests.Enqueue((context.Request.Path.Value ?? string.Empty, context.Request.ContentType, body.ToArray()));
            context.Response.StatusCode = StatusCodes.Status200OK;
            context.Response.ContentType = "application/x-protobuf";
        });
        await app.StartAsync(TestContext.Current.CancellationToken);
        return app;
    }
}
