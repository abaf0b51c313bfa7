using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Host.Observability;

/// <summary>
/// A small Kestrel listener beside the worker, on <c>Bot:Health:Port</c> (off when unset): <c>/healthz</c> (the
/// process answers), <c>/readyz</c> (every health check tagged <see cref="ReadyTag"/>: 200 when healthy or
/// degraded, 503 otherwise) and <c>/metrics</c> (Prometheus text). Registered before the other hosted services so
/// liveness answers while migrations and the scheduler start.
/// </summary>
internal sealed class ObservabilityServer(
    IOptions<HealthOptions> options,
    HealthCheckService health,
    MetricsCollector metrics,
    HostMetrics hostMetrics,
    ILoggerFactory loggerFactory) : IHostedService, IAsyncDisposable
{
    /// <summary>The tag of readiness checks; register one more check with it to extend <c>/readyz</c>.</summary>
    public const string ReadyTag = "ready";

    private readonly ILogger _logger = loggerFactory.CreateLogger<ObservabilityServer>();
    private WebApplication? _app;

    /// <summary>The URLs the listener is bound to once started; empty when it is off.</summary>
    public IReadOnlyList<Uri> Addresses { get; private set; } = [];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.Port is not { } port)
        {
            return;
        }

        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ApplicationName = "bot" });
        builder.Services.AddSingleton(loggerFactory); // Kestrel logs through the bot's own logging
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            if (options.Value.Address == HealthOptions.AnyAddress)
            {
                kestrel.ListenAnyIP(port);
            }
            else
            {
                kestrel.Listen(IPAddress.Parse(options.Value.Address), port);
            }
        });
        _app = builder.Build();
        _app.Run(HandleAsync);
        try
        {
            await _app.StartAsync(cancellationToken);
        }
        catch (IOException ex)
        {
            Log.HealthListenerFailed(_logger, ex, options.Value.Address, port);
            throw;
        }

        Addresses = [.. _app.Urls.Select(url => new Uri(url.Replace("[::]", "localhost", StringComparison.Ordinal)))];
        Log.HealthListening(_logger, string.Join(", ", _app.Urls));
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_app is not null)
        {
            await _app.StopAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }

        context.Response.Headers.CacheControl = "no-store";
        var aborted = context.RequestAborted;
        switch (context.Request.Path.Value)
        {
            case "/healthz":
                await WriteAsync(context, StatusCodes.Status200OK, "text/plain; charset=utf-8", "Healthy\n");
                break;
            case "/readyz":
                var report = await health.CheckHealthAsync(check => check.Tags.Contains(ReadyTag), aborted);
                var status = report.Status == HealthStatus.Unhealthy ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK;
                await WriteAsync(context, status, "text/plain; charset=utf-8", Describe(report));
                break;
            case "/metrics":
                await hostMetrics.RefreshAsync(aborted);
                using (var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture))
                {
                    PrometheusText.Write(text, metrics.Collect());
                    await WriteAsync(context, StatusCodes.Status200OK, PrometheusText.ContentType, text.ToString());
                }

                break;
            default:
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                break;
        }
    }

    /// <summary>The overall status, then one line per check: <c>name: Status - description</c>.</summary>
    private static string Describe(HealthReport report)
    {
        var text = new StringBuilder().Append(report.Status).Append('\n');
        foreach (var (name, entry) in report.Entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            text.Append(name).Append(": ").Append(entry.Status);
            if ((entry.Description ?? entry.Exception?.Message) is { Length: > 0 } description)
            {
                text.Append(" - ").Append(description.ReplaceLineEndings(" "));
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    private static Task WriteAsync(HttpContext context, int status, string contentType, string body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : context.Response.WriteAsync(body, context.RequestAborted);
    }
}
