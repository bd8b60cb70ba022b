-- Shipped before the migration linter (decision 17): the secret moved to secret_ciphertext (sealed); the old column is kept nullable until dropped.
-- squawk-ignore ban-drop-not-null
ALTER TABLE "webhook_subscriptions" ALTER COLUMN "secret" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "webhook_subscriptions" ADD COLUMN "secret_ciphertext" text;--> statement-breakpoint
ALTER TABLE "webhook_subscriptions" ADD COLUMN "secret_key_id" text;--> statement-breakpoint
-- Shipped before the migration linter (decision 17): a check on a small table (one row per organisation or subscription), validated at once.
-- squawk-ignore constraint-missing-not-valid
ALTER TABLE "webhook_subscriptions" ADD CONSTRAINT "webhook_subscriptions_secret_sealed" CHECK (("webhook_subscriptions"."secret_ciphertext" is null) = ("webhook_subscriptions"."secret_key_id" is null) and ("webhook_subscriptions"."secret_ciphertext" is not null or "webhook_subscriptions"."secret" is not null));