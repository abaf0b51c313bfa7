using System.Diagnostics;
using System.Text;
using Bot.Commands.Localization;
using Bot.Core.Matching;
using Bot.Core.Rules;
using Bot.Core.Watching;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Commands.Watching;

/// <summary>
/// <c>watch test query [days]</c>: matches a query against the articles the guild's sources stored in the last days,
/// exactly as a rule would (the guild's lexicon, the article's title and summary), and shows how many matched and
/// the first few with their evidence sentences. Nothing is stored or sent.
/// </summary>
public sealed class WatchDryRun(IGuildWatchStore store, IOptions<CommandsOptions> options, TimeProvider timeProvider, ILogger<WatchDryRun> logger)
{
    private const int Shown = 3;
    private const int SentenceLimit = 300;

    public async Task<CommandReply> RunAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var language = request.Language;
        var settings = options.Value;
        var (query, refused) = ArticleQuery.Read(request, settings);
        if (query is null)
        {
            return refused!;
        }

        var (text, days) = (query.Text, query.Days);

        var lexicon = RuleBook.LexiconFor(request.Guild, await store.ListTermsAsync(request.Guild, cancellationToken));
        var (_, rule, refusal) = RuleQuery.Resolve(text, lexicon, language);
        if (refusal is not null)
        {
            return refusal;
        }

        // Reading and matching many articles may take longer than Discord waits for a first answer.
        await request.Deferral.DeferAsync(ephemeral: true, cancellationToken);
        var started = Stopwatch.GetTimestamp();
        var since = timeProvider.GetUtcNow().AddDays(-days);
        var articles = await store.RecentArticlesAsync(request.Guild, since, settings.DryRunMaxArticles, cancellationToken);
        var compiled = CompiledRuleSet.Compile([new WatchRule("test", rule!)], lexicon);
        var matched = 0;
        var fields = new List<ReplyField>();
        foreach (var article in articles)
        {
            var matches = compiled.Match(article.Article.MatchText, article.SourceName, article.SourceLanguage);
            if (matches.Count == 0)
            {
                continue;
            }

            matched++;
            if (fields.Count < Shown)
            {
                fields.Add(new ReplyField($"{article.Article.Title} · {article.SourceName}", Evidence(matches[0], article.Article.Link)));
            }
        }

        Log.DryRun(logger, request.Guild.ToString(), matched, articles.Count, (int)days, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        var summary = Texts.TestSummary.Format(language, matched, articles.Count, days);
        if (articles.Count >= settings.DryRunMaxArticles)
        {
            summary += " " + Texts.TestCapped.Format(language, settings.DryRunMaxArticles);
        }

        return CommandReply.Show(new ReplyEmbed(Texts.TestTitle.Format(language, days), summary, fields), ephemeral: true);
    }

    private static string Evidence(RuleMatch match, Uri? link)
    {
        var text = new StringBuilder();
        foreach (var sentence in match.Sentences)
        {
            var line = string.Join(' ', sentence.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            text.Append("> ").Append(line.Length <= SentenceLimit ? line : line[..SentenceLimit] + "…").Append('\n');
        }

        if (link is not null)
        {
            text.Append(link.AbsoluteUri);
        }

        return text.ToString().TrimEnd();
    }
}
