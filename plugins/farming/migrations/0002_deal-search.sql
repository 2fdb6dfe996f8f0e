ALTER TABLE `farming_deals` ADD `title_search` text DEFAULT '' NOT NULL;--> statement-breakpoint
UPDATE `farming_deals` SET `title_search` = lower(`title`);--> statement-breakpoint
UPDATE `farming_deals` SET `title_search` = replace(replace(replace(replace(replace(replace(`title_search`, 'А', 'а'), 'Б', 'б'), 'В', 'в'), 'Г', 'г'), 'Д', 'д'), 'Е', 'е');--> statement-breakpoint
UPDATE `farming_deals` SET `title_search` = replace(replace(replace(replace(replace(replace(`title_search`, 'Ж', 'ж'), 'З', 'з'), 'И', 'и'), 'Й', 'й'), 'К', 'к'), 'Л', 'л');--> statement-breakpoint
UPDATE `farming_deals` SET `title_search` = replace(replace(replace(replace(replace(replace(`title_search`, 'М', 'м'), 'Н', 'н'), 'О', 'о'), 'П', 'п'), 'Р', 'р'), 'С', 'с');--> statement-breakpoint
UPDATE `farming_deals` SET `title_search` = replace(replace(replace(replace(replace(replace(`title_search`, 'Т', 'т'), 'У', 'у'), 'Ф', 'ф'), 'Х', 'х'), 'Ц', 'ц'), 'Ч', 'ч');--> statement-breakpoint
UPDATE `farming_deals` SET `title_search` = replace(replace(replace(replace(replace(replace(`title_search`, 'Ш', 'ш'), 'Щ', 'щ'), 'Ъ', 'ъ'), 'Ы', 'ы'), 'Ь', 'ь'), 'Э', 'э');--> statement-breakpoint
UPDATE `farming_deals` SET `title_search` = replace(replace(replace(replace(`title_search`, 'Ю', 'ю'), 'Я', 'я'), 'Ё', 'е'), 'ё', 'е');
