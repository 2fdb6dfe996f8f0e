CREATE TABLE `referrals_referrals` (
	`id` text PRIMARY KEY NOT NULL,
	`client_id` text NOT NULL,
	`referrer_id` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`recorded_by` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `referrals_referrals_client` ON `referrals_referrals` (`client_id`);--> statement-breakpoint
CREATE INDEX `referrals_referrals_referrer` ON `referrals_referrals` (`referrer_id`);--> statement-breakpoint
CREATE TABLE `referrals_rewards` (
	`id` text PRIMARY KEY NOT NULL,
	`referral_id` text NOT NULL,
	`payment_id` text NOT NULL,
	`paid_on` text NOT NULL,
	`payment_minor` integer NOT NULL,
	`percent` integer NOT NULL,
	`amount_minor` integer NOT NULL,
	`currency` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `referrals_rewards_payment` ON `referrals_rewards` (`payment_id`);--> statement-breakpoint
CREATE INDEX `referrals_rewards_referral` ON `referrals_rewards` (`referral_id`);