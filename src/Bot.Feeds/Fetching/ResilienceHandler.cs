using Polly;

namespace Bot.Feeds.Fetching;

/// <summary>Runs every request through its host's Polly pipeline, which owns timeouts, retries and the circuit breaker.</summary>
public sealed class ResilienceHandler(Func<Uri, ResiliencePipeline<HttpResponseMessage>> pipelineFor) : DelegatingHandler
{
    public ResilienceHandler(ResiliencePipeline<HttpResponseMessage> pipeline)
        : this(_ => pipeline)
    {
    }

    public ResilienceHandler(HostPipelines pipelines)
        : this(url => pipelines.For(url))
    {
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return await pipelineFor(request.RequestUri!).ExecuteAsync(
            static async (state, token) => await state.Handler.SendCoreAsync(state.Request, token),
            (Handler: this, Request: request),
            cancellationToken);
    }

    private Task<HttpResponseMessage> SendCoreAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        => base.SendAsync(request, cancellationToken);
}
