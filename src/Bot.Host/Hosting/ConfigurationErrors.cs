using Microsoft.Extensions.Options;

namespace Bot.Host.Hosting;

/// <summary>Recognises configuration mistakes among start-up exceptions and lists them for a person.</summary>
internal static class ConfigurationErrors
{
    /// <summary>The messages of every configuration problem in <paramref name="exception"/>, or none if it is not one.</summary>
    public static IReadOnlyList<string> From(Exception exception)
    {
        var messages = new List<string>();
        Collect(exception, messages);
        return messages;
    }

    private static void Collect(Exception exception, List<string> messages)
    {
        switch (exception)
        {
            case OptionsValidationException validation:
                messages.AddRange(validation.Failures);
                break;
            case AggregateException aggregate:
                foreach (var inner in aggregate.InnerExceptions)
                {
                    Collect(inner, messages);
                }

                break;
            // The configuration binder reports values it cannot convert this way, naming the key and the type.
            case InvalidOperationException binding when binding.Message.Contains("configuration value", StringComparison.OrdinalIgnoreCase):
                messages.Add(binding.Message);
                break;
        }
    }
}
