// Swagger UI for /docs, from the vendored swagger-ui-dist (no CDN; no inline script, for the CSP).
window.ui = SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui", deepLinking: true });
