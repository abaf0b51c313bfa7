namespace Bot.Core.Sources;

/// <summary>Where source notices go: the console now, the guilds' alert channels later. An exception means "try again".</summary>
public interface ISourceNoticeSink
{
    Task DeliverAsync(SourceNotice notice, CancellationToken cancellationToken);
}
