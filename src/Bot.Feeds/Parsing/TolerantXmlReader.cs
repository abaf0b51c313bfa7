using System.Xml;
using System.Xml.Linq;

namespace Bot.Feeds.Parsing;

/// <summary>
/// Builds an element tree from markup a strict XML reader rejects: a tag closes back to its nearest open match
/// (stray end tags are ignored, open ones close at the end), unknown entities stay as text, an unterminated
/// CDATA section runs to the end, and undeclared prefixes of common feed namespaces get their usual namespace.
/// The tree then goes through the same format readers as well-formed XML.
/// </summary>
internal sealed class TolerantXmlReader
{
    private const int MaxDepth = 256;

    private readonly string _text;
    private readonly List<(XElement Element, string Name, Dictionary<string, XNamespace>? Scope)> _open = [];
    private readonly XElement _top = new("document");
    private int _position;

    private TolerantXmlReader(string text) => _text = text;

    /// <summary>
    /// The first element of the recovered tree, or <see langword="null"/> when there is no markup at all.
    /// Elements the text ended inside (a truncated body) carry the <see cref="Unterminated"/> annotation.
    /// </summary>
    public static XElement? Read(string text)
    {
        var reader = new TolerantXmlReader(text);
        reader.Run();
        foreach (var (element, _, _) in reader._open)
        {
            element.AddAnnotation(Unterminated.Instance);
        }

        return reader._top.Elements().FirstOrDefault();
    }

    private XElement Current => _open.Count > 0 ? _open[^1].Element : _top;

    private void Run()
    {
        while (_position < _text.Length)
        {
            var lt = _text.IndexOf('<', _position);
            if (lt < 0)
            {
                AddText(_text[_position..]);
                return;
            }

            AddText(_text[_position..lt]);
            _position = lt;
            if (!TryMarkup())
            {
                AddText("<");
                _position = lt + 1;
            }
        }
    }

    private bool TryMarkup()
    {
        if (At("<![CDATA["))
        {
            var end = _text.IndexOf("]]>", _position, StringComparison.Ordinal);
            var content = end < 0 ? _text[(_position + 9)..] : _text[(_position + 9)..end];
            Current.Add(new XText(content));
            _position = end < 0 ? _text.Length : end + 3;
            return true;
        }

        if (At("<!--") || At("<!") || At("<?"))
        {
            var close = At("<!--") ? "-->" : At("<?") ? "?>" : ">";
            var end = _text.IndexOf(close, _position + 2, StringComparison.Ordinal);
            _position = end < 0 ? _text.Length : end + close.Length;
            return true;
        }

        var isEnd = At("</");
        var nameStart = _position + (isEnd ? 2 : 1);
        var nameEnd = nameStart;
        while (nameEnd < _text.Length && IsNameChar(_text[nameEnd], nameEnd == nameStart))
        {
            nameEnd++;
        }

        if (nameEnd == nameStart)
        {
            return false;
        }

        var name = _text[nameStart..nameEnd];
        var tagEnd = _text.IndexOf('>', nameEnd);
        var attributes = _text[nameEnd..(tagEnd < 0 ? _text.Length : tagEnd)];
        _position = tagEnd < 0 ? _text.Length : tagEnd + 1;
        if (isEnd)
        {
            Close(name);
        }
        else
        {
            Open(name, attributes.TrimEnd().EndsWith('/') ? attributes.TrimEnd()[..^1] : attributes, selfClosing: attributes.TrimEnd().EndsWith('/'));
        }

        return true;
    }

    private void Open(string name, string attributeText, bool selfClosing)
    {
        var attributes = TolerantAttributes.Parse(attributeText);
        Dictionary<string, XNamespace>? scope = null;
        foreach (var (key, value) in attributes)
        {
            if (key == "xmlns" || key.StartsWith("xmlns:", StringComparison.Ordinal))
            {
                scope ??= new Dictionary<string, XNamespace>(StringComparer.Ordinal);
                scope[key == "xmlns" ? string.Empty : key[6..]] = XNamespace.Get(value);
            }
        }

        var element = new XElement(Resolve(name, scope, isAttribute: false));
        foreach (var (key, value) in attributes)
        {
            if (key != "xmlns" && !key.StartsWith("xmlns:", StringComparison.Ordinal) && Resolve(key, scope, isAttribute: true) is var attributeName && element.Attribute(attributeName) is null)
            {
                element.Add(new XAttribute(attributeName, value));
            }
        }

        Current.Add(element);
        if (!selfClosing && _open.Count < MaxDepth)
        {
            _open.Add((element, name, scope));
        }
    }

    private void Close(string name)
    {
        var index = _open.FindLastIndex(o => o.Name == name);
        if (index >= 0)
        {
            _open.RemoveRange(index, _open.Count - index);
        }
    }

    private XName Resolve(string qualified, Dictionary<string, XNamespace>? own, bool isAttribute)
    {
        var colon = qualified.IndexOf(':', StringComparison.Ordinal);
        var prefix = colon < 0 ? string.Empty : qualified[..colon];
        var local = colon < 0 ? qualified : qualified[(colon + 1)..];
        local = XmlConvert.EncodeLocalName(local.Length == 0 ? "_" : local.Replace(':', '_'));

        if (isAttribute && prefix.Length == 0)
        {
            return XName.Get(local);
        }

        if (prefix == "xml")
        {
            return XNamespace.Xml + local;
        }

        if (own is not null && own.TryGetValue(prefix, out var ownNamespace))
        {
            return ownNamespace + local;
        }

        for (var i = _open.Count - 1; i >= 0; i--)
        {
            if (_open[i].Scope is { } scope && scope.TryGetValue(prefix, out var found))
            {
                return found + local;
            }
        }

        return FeedNamespaces.WellKnownPrefix(prefix) + local;
    }

    private void AddText(string text)
    {
        if (text.Length > 0)
        {
            Current.Add(new XText(XmlEntities.DecodeLenient(text)));
        }
    }

    private bool At(string marker) => string.CompareOrdinal(_text, _position, marker, 0, marker.Length) == 0;

    private static bool IsNameChar(char c, bool first) =>
        char.IsLetter(c) || c == '_' || (!first && (char.IsDigit(c) || c is '-' or '.' or ':'));

    /// <summary>Marks an element whose end tag never came.</summary>
    public sealed class Unterminated
    {
        public static readonly Unterminated Instance = new();

        private Unterminated()
        {
        }
    }
}
