using System.Globalization;
using System.Text;
using Bot.Commands.Concepts;
using Bot.Commands.Localization;
using Bot.Commands.Watching;
using Bot.Core.Matching;
using Bot.Core.Rules;
using Bot.Core.Watching;
using Microsoft.Extensions.Options;

namespace Bot.Commands.Search;

/// <summary>
/// <c>search query [days] [language] [source] [page]</c>: the articles the guild's sources stored in the last days
/// that match a query in the rule language, newest first, five to a page; for any member.
/// </summary>
public sealed class SearchCommand(IGuildWatchStore store, IOptions<CommandsOptions> options, TimeProvider timeProvider)
{
    /// <summary>The last page one may ask for.</summary>
    public const int MaxPage = 100;

    private const int PageSize = 5;

    /// <summary>The refusal for a page button whose state does not read back (forged, or from an older release).</summary>
    public static CommandReply StaleButton(string? locale) =>
        CommandReply.Fail(CommandOutcome.InvalidInput, Texts.PageButtonInvalid.Format(Languages.FromLocale(locale)));

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

        var page = request.Arguments.GetInteger("page") ?? 1;
        if (page is < 1 or > MaxPage)
        {
            return CommandReply.Fail(CommandOutcome.InvalidInput, Texts.PageInvalid.Format(language, MaxPage, page));
        }

        var articleLanguage = request.Arguments.GetString("language")?.Trim().ToLowerInvariant();
        var languages = ConceptCommands.TermLanguages.Where(l => l != "any").ToList();
        if (articleLanguage is { Length: > 0 } && !languages.Contains(articleLanguage, StringComparer.Ordinal))
        {
            return CommandReply.Fail(CommandOutcome.InvalidInput, Texts.LanguageInvalid.Format(language, articleLanguage, string.Join(", ", languages)));
        }

        var lexicon = RuleBook.LexiconFor(request.Guild, await store.ListTermsAsync(request.Guild, cancellationToken));
        var (_, rule, refusal) = RuleQuery.Resolve(text, lexicon, language);
        if (refusal is not null)
        {
            return refusal;
        }

        await request.Deferral.DeferAsync(ephemeral: false, cancellationToken);
        var source = request.Arguments.GetString("source")?.Trim();
        var since = timeProvider.GetUtcNow().AddDays(-days);
        var articles = await store.RecentArticlesAsync(request.Guild, since, settings.DryRunMaxArticles, cancellationToken);
        var compiled = CompiledRuleSet.Compile([new WatchRule("search", rule!)], lexicon);
        var found = new List<(Core.Articles.StoredArticle Article, string Language)>();
        foreach (var article in articles.Where(a => string.IsNullOrEmpty(source) || string.Equals(a.SourceName, source, StringComparison.OrdinalIgnoreCase)))
        {
            if (compiled.Match(article.Article.MatchText, article.SourceName, article.SourceLanguage) is [var match, ..]
                && (string.IsNullOrEmpty(articleLanguage) || match.Language == articleLanguage))
            {
                found.Add((article, match.Language));
            }
        }

        if (found.Count == 0)
        {
            return CommandReply.Done(Texts.SearchNothing.Format(language, days), ephemeral: false);
        }

        var pages = (found.Count + PageSize - 1) / PageSize;
        var current = (int)Math.Min(page, pages);
        var shown = found.Skip((current - 1) * PageSize).Take(PageSize);
        var lines = new StringBuilder();
        foreach (var (article, articleLang) in shown)
        {
            var title = article.Article.Link is { } link ? $"[{article.Article.Title.Replace('[', '(').Replace(']', ')')}]({link.AbsoluteUri})" : article.Article.Title;
            lines.Append(CultureInfo.InvariantCulture, $"{title}\n{article.SourceName} · {articleLang} · {article.Article.PublishedAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC\n");
        }

        var reply = CommandReply.Show(new ReplyEmbed(Texts.SearchTitle.Format(language, found.Count, days, current, pages), lines.ToString().TrimEnd()));
        return pages > 1 ? reply with { Paging = new ReplyPaging(current, pages, Texts.PreviousPage.Format(language), Texts.NextPage.Format(language)) } : reply;
    }
}
