namespace Bot.Feeds.Tests.Parsing.Corpus;

/// <summary>
/// Compiles the subset of Python that feedparser's expectations use (and/or/not, chained comparisons, in,
/// subscripts, attribute access, len/ord, .get, string, number and tuple literals) into a closure over a
/// <see cref="PyEnvironment"/>. Short-circuiting is kept: Python never evaluates the right side of a false "and".
/// </summary>
internal sealed class PyExpression
{
    private readonly List<PyToken> _tokens;
    private int _next;

    private PyExpression(string source) => _tokens = PyTokenizer.Tokenize(source);

    /// <summary>Every key and attribute name the expression reads, for deciding whether it is in scope.</summary>
    public HashSet<string> Keys { get; } = new(StringComparer.Ordinal);

    /// <summary>Every bare name the expression reads (bozo, entries, len …).</summary>
    public HashSet<string> Names { get; } = new(StringComparer.Ordinal);

    public Func<PyEnvironment, object?> Evaluate { get; private set; } = _ => null;

    public static PyExpression Compile(string source)
    {
        var expression = new PyExpression(source);
        expression.Evaluate = expression.Or();
        expression.Expect(PyTokenKind.End);
        return expression;
    }

    private Func<PyEnvironment, object?> Or()
    {
        var left = And();
        while (Accept("or"))
        {
            var (l, r) = (left, And());
            left = env => PyValues.Truthy(l(env)) ? l(env) : r(env);
        }

        return left;
    }

    private Func<PyEnvironment, object?> And()
    {
        var left = Not();
        while (Accept("and"))
        {
            var (l, r) = (left, Not());
            left = env => l(env) is var value && !PyValues.Truthy(value) ? value : r(env);
        }

        return left;
    }

    private Func<PyEnvironment, object?> Not()
    {
        if (Accept("not"))
        {
            var operand = Not();
            return env => !PyValues.Truthy(operand(env));
        }

        return Comparison();
    }

    // a == b == c means a == b and b == c.
    private Func<PyEnvironment, object?> Comparison()
    {
        var operands = new List<Func<PyEnvironment, object?>> { Sum() };
        var operators = new List<string>();
        while (ComparisonOperator() is { } op)
        {
            operators.Add(op);
            operands.Add(Sum());
        }

        if (operators.Count == 0)
        {
            return operands[0];
        }

        return env =>
        {
            var left = operands[0](env);
            for (var i = 0; i < operators.Count; i++)
            {
                var right = operands[i + 1](env);
                if (!PyValues.Compare(operators[i], left, right))
                {
                    return false;
                }

                left = right;
            }

            return true;
        };
    }

    // Only string concatenation occurs in the expectations.
    private Func<PyEnvironment, object?> Sum()
    {
        var left = Postfix();
        while (AcceptOp("+"))
        {
            var (l, r) = (left, Postfix());
            left = env => string.Concat(l(env)?.ToString(), r(env)?.ToString());
        }

        return left;
    }

    private string? ComparisonOperator()
    {
        var token = _tokens[_next];
        if (token.Kind == PyTokenKind.Op && token.Text is "==" or "!=" or "<" or ">" or "<=" or ">=")
        {
            _next++;
            return token.Text;
        }

        if (Accept("in"))
        {
            return "in";
        }

        if (token.Text == "not" && _tokens[_next + 1].Text == "in")
        {
            _next += 2;
            return "not in";
        }

        if (Accept("is"))
        {
            return Accept("not") ? "!=" : "==";
        }

        return null;
    }

    private Func<PyEnvironment, object?> Postfix()
    {
        var value = Atom();
        while (true)
        {
            if (AcceptOp("["))
            {
                var indexToken = _tokens[_next];
                var index = Or();
                Expect("]");
                if (indexToken.Kind == PyTokenKind.String)
                {
                    Keys.Add((string)indexToken.Value!);
                }

                var target = value;
                value = env => PyValues.Subscript(target(env), index(env));
            }
            else if (AcceptOp("."))
            {
                var name = Take(PyTokenKind.Name).Text;
                var target = value;
                if (AcceptOp("("))
                {
                    var args = Arguments();
                    Keys.Add(name);
                    value = env => PyValues.CallMethod(target(env), name, [.. args.Select(a => a(env))]);
                }
                else
                {
                    Keys.Add(name);
                    value = env => PyValues.Subscript(target(env), name);
                }
            }
            else
            {
                return value;
            }
        }
    }

    private Func<PyEnvironment, object?> Atom()
    {
        var token = _tokens[_next++];
        switch (token.Kind)
        {
            case PyTokenKind.String or PyTokenKind.Number:
                return _ => token.Value;
            case PyTokenKind.Op when token.Text == "-":
                var negated = Atom();
                return env => negated(env) switch { long l => -l, double d => -d, var other => throw new PyError($"cannot negate {other}") };
            case PyTokenKind.Op when token.Text is "(" or "[":
                var close = token.Text == "(" ? ")" : "]";
                var items = new List<Func<PyEnvironment, object?>>();
                var isTuple = token.Text == "[";
                while (!AcceptOp(close))
                {
                    items.Add(Or());
                    if (AcceptOp(","))
                    {
                        isTuple = true;
                    }
                }

                return isTuple ? env => items.Select(i => i(env)).ToList() : items.Count == 1 ? items[0] : _ => new List<object?>();
            case PyTokenKind.Op when token.Text == "{":
                var entries = new List<(string Key, Func<PyEnvironment, object?> Value)>();
                while (!AcceptOp("}"))
                {
                    var key = (string)Take(PyTokenKind.String).Value!;
                    Keys.Add(key);
                    Expect(":");
                    entries.Add((key, Or()));
                    AcceptOp(",");
                }

                return env => entries.ToDictionary(e => e.Key, e => e.Value(env));
            case PyTokenKind.Name when token.Text is "None" or "True" or "False":
                object? constant = token.Text == "None" ? null : token.Text == "True";
                return _ => constant;
            case PyTokenKind.Name when AcceptOp("("):
                Names.Add(token.Text);
                var args = Arguments();
                return env => PyValues.CallFunction(token.Text, [.. args.Select(a => a(env))]);
            case PyTokenKind.Name:
                Names.Add(token.Text);
                return env => env.Lookup(token.Text);
            default:
                throw new PyError($"unexpected '{token.Text}'");
        }
    }

    private List<Func<PyEnvironment, object?>> Arguments()
    {
        var args = new List<Func<PyEnvironment, object?>>();
        while (!AcceptOp(")"))
        {
            args.Add(Or());
            AcceptOp(",");
        }

        return args;
    }

    private bool Accept(string keyword)
    {
        if (_tokens[_next].Kind == PyTokenKind.Name && _tokens[_next].Text == keyword)
        {
            _next++;
            return true;
        }

        return false;
    }

    private bool AcceptOp(string op)
    {
        if (_tokens[_next].Kind == PyTokenKind.Op && _tokens[_next].Text == op)
        {
            _next++;
            return true;
        }

        if (_tokens[_next].Kind == PyTokenKind.End && op is ")" or "]" or "}")
        {
            throw new PyError($"missing '{op}'");
        }

        return false;
    }

    private void Expect(string op)
    {
        if (!AcceptOp(op))
        {
            throw new PyError($"expected '{op}' at '{_tokens[_next].Text}'");
        }
    }

    private void Expect(PyTokenKind kind) => Take(kind);

    private PyToken Take(PyTokenKind kind) =>
        _tokens[_next].Kind == kind ? _tokens[_next++] : throw new PyError($"expected {kind} at '{_tokens[_next].Text}'");
}
