using System.Text.Json.Nodes;

namespace Bot.TestKit.Discord;

/// <summary>Builds Discord's nested error object: path <c>embeds.0.title</c> becomes {"embeds":{"0":{"title":{"_errors":[…]}}}}.</summary>
internal static class Errors
{
    public static JsonObject One(string path, string code, string message)
    {
        var root = new JsonObject();
        Add(root, path, code, message);
        return root;
    }

    public static void Add(JsonObject root, string path, string code, string message)
    {
        var node = root;
        if (path != "_errors")
        {
            foreach (var part in path.Split('.'))
            {
                if (node[part] is not JsonObject next)
                {
                    next = new JsonObject();
                    node[part] = next;
                }

                node = next;
            }
        }

        if (node["_errors"] is not JsonArray list)
        {
            list = [];
            node["_errors"] = list;
        }

        list.Add(new JsonObject { ["code"] = code, ["message"] = message });
    }
}
