CREATE TABLE `instance_settings` (
	`id` text PRIMARY KEY NOT NULL,
	`admin_user_id` text,
	`sign_up_policy` text,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`admin_user_id`) REFERENCES `auth_users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
INSERT INTO `instance_settings` (`id`, `admin_user_id`, `sign_up_policy`, `updated_at`)
SELECT 'instance', `id`, NULL, `created_at` FROM `auth_users` ORDER BY `created_at`, `id` LIMIT 1;
