using Bot.Core.Articles;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace Bot.Host.Scheduling;

/// <summary>Applies the retention settings: old article text is emptied, older identities deleted. One replica at a time.</summary>
[DisallowConcurrentExecution]
public sealed class PruneArticlesJob(IArticleArchive archive, IOptions<RetentionOptions> options, TimeProvider timeProvider, ILogger<PruneArticlesJob> logger) : IJob
{
    public static readonly JobKey Key = new("prune-articles", "retention");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var now = timeProvider.GetUtcNow();
        var result = await archive.PruneAsync(now.AddDays(-options.Value.ArticleTextDays), now.AddDays(-options.Value.IdentityDays), cancellationToken);
        if (result.TextsPruned > 0 || result.ArticlesDeleted > 0)
        {
            Log.ArticlesPruned(logger, result.TextsPruned, result.ArticlesDeleted);
        }
    }
}
