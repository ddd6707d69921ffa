import { InlineCode } from "@/components/docs/inline-code";
import { typeLabel, type JsonSchema } from "@/lib/api/schema-examples";

/** An object schema as a nested list of fields: name, type, required, description. */
export function SchemaView({ schema, depth = 0 }: { schema: JsonSchema; depth?: number }) {
  const object = schema.type === "array" ? schema.items : schema;
  const properties = object?.properties;
  if (!properties || depth > 5) return <p className="font-mono text-sm">{typeLabel(schema)}</p>;
  const required = new Set(object.required ?? []);
  return (
    <ul
      className={`flex flex-col gap-1.5 ${depth > 0 ? "mt-1.5 border-l-2 border-stone-200 pl-4" : ""}`}
    >
      {Object.entries(properties).map(([name, field]) => {
        const nested =
          field.properties ?? field.items?.properties ?? field.anyOf?.find((v) => v.properties);
        return (
          <li key={name}>
            <code className="font-mono font-semibold">{name}</code>{" "}
            <span className="font-mono text-sm text-ink-700">{typeLabel(field)}</span>
            {required.has(name) ? (
              <span className="ml-2 text-xs font-bold uppercase text-red-800">required</span>
            ) : null}
            {field.description && (
              <p className="text-sm text-ink-700">
                <InlineCode text={field.description} />
              </p>
            )}
            {nested && (
              <SchemaView
                schema={field.anyOf?.find((v) => v.properties) ?? field}
                depth={depth + 1}
              />
            )}
          </li>
        );
      })}
    </ul>
  );
}
