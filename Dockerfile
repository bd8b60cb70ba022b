# Percée: one image serving the API and the web app on port 3000.
FROM node:22-bookworm-slim AS build
WORKDIR /app
RUN npm install -g pnpm@10.34.9
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml .npmrc ./
COPY shared/package.json shared/
COPY server/package.json server/
COPY web/package.json web/
RUN pnpm install --frozen-lockfile
COPY . .
RUN pnpm build && pnpm --filter @percee/server deploy --prod --legacy /out/server \
  && cp -r server/dist /out/server/dist

FROM node:22-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000
WORKDIR /app
# Same layout as the repository: server/dist finds ../../migrations and ../../web/dist.
COPY --from=build /out/server server
COPY --from=build /app/migrations migrations
COPY --from=build /app/web/dist web/dist
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=3s CMD node -e "fetch('http://127.0.0.1:3000/health/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# The V8 heap cap of server/package.json "start" (docs/decisions/0010-streamed-exports-and-heap-cap.md);
# test/start-command.test.ts keeps the two the same.
CMD ["node", "--max-old-space-size=160", "server/dist/main.js"]
