using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Bot.Feeds.Extraction;

/// <summary>What on an article page is not the article: navigation, related links, captions, footers, ads.</summary>
internal static partial class BoilerplateRules
{
    private static readonly HashSet<string> DroppedTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "figure", "figcaption",
        "iframe", "svg", "button", "select", "input", "textarea", "video", "audio", "picture", "dialog", "menu",
    };

    private static readonly HashSet<string> DroppedRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "dialog", "alert",
    };

    // Containers are never dropped for their class alone: <body class="has-sidebar"> is still the page.
    private static readonly HashSet<string> Containers = new(StringComparer.OrdinalIgnoreCase) { "html", "body", "main", "article" };

    public static bool IsBoilerplate(IElement element)
    {
        if (DroppedTags.Contains(element.LocalName) ||
            (element.GetAttribute("role") is { } role && DroppedRoles.Contains(role.Trim())) ||
            element.GetAttribute("aria-hidden") == "true" || element.HasAttribute("hidden"))
        {
            return true;
        }

        if (Containers.Contains(element.LocalName))
        {
            return false;
        }

        var names = string.Concat(element.GetAttribute("class"), " ", element.Id);
        return names.Length > 1 && BoilerplateName().IsMatch(names);
    }

    /// <summary>A paragraph that points elsewhere: "Read also: …", "Lire aussi", "اقرأ أيضا" and the like.</summary>
    public static bool IsReadAlso(string paragraph) => ReadAlsoLead().IsMatch(paragraph);

    [GeneratedRegex(@"(?:^|[\s_-])(?:nav|navbar|menu|footer|header|sidebar|related|share|sharing|social|comments?|breadcrumbs?|promo|advert\w*|ads?|ad-slot|newsletter|subscribe|read-?also|read-?more|more-?stories|recommend\w*|outbrain|taboola|caption|credits?|cookie\w*|banner|tags|topics|most-?read|popular|trending|teaser-list|author-bio|paywall)(?:$|[\s_-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BoilerplateName();

    [GeneratedRegex(@"^\s*(?:read also|read more|see also|related\b|more on this|lire aussi|à lire aussi|a lire aussi|voir aussi|lire la suite|lea también|lee también|leer más|ver también|te puede interesar|lesen sie auch|mehr zum thema|auch interessant|weiterlesen|читайте также|смотрите также|читать далее|اقرأ أيضا|اقرأ أيضاً|إقرأ أيضا|اقرأ ايضا|شاهد أيضا|相关阅读|延伸阅读)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReadAlsoLead();
}
